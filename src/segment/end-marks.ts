const END_MARKS = ['.', '!', '?']

/** Finds the next end mark with one indexOf per mark (much faster than testing every character),
 *  remembering each mark's last hit so that a text is scanned about once per mark. */
export class EndMarks {
  private from = [0, 0, 0]
  private hit = [-1, -1, -1]
  constructor(private readonly text: string) { for (let m = 0; m < 3; m++) this.hit[m] = text.indexOf(END_MARKS[m]!) }

  /** First end mark at or after `i`, or `end` if none before it. */
  next(i: number, end: number): number {
    let best = end
    for (let m = 0; m < 3; m++) {
      let k = this.hit[m]!
      // The remembered hit answers for `i` if it was searched from at or before `i` and lies at or after it.
      if (this.from[m]! > i || (k >= 0 && k < i)) { k = this.text.indexOf(END_MARKS[m]!, i); this.from[m] = i; this.hit[m] = k }
      if (k >= 0 && k < best) best = k
    }
    return best
  }
}

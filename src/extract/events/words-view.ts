import type { Tokens } from '../../article/index.js'
import { lowerWords } from '../../segment/lower-words.js'

/** The article's tokens as lower-case words, computed once per token on first use. */
export class WordsView {
  readonly count: number
  private readonly lowers: (string | undefined)[]

  constructor(readonly text: string, readonly starts: Uint32Array, readonly ends: Uint32Array, lowers?: (string | undefined)[]) {
    this.count = starts.length
    this.lowers = lowers ?? new Array(this.count)
  }

  /** The view of an article's tokens, sharing the lower-cased words an earlier stage has already made. */
  static of(text: string, tokens: Tokens): WordsView {
    return new WordsView(text, tokens.starts.subarray(0, tokens.count), tokens.ends.subarray(0, tokens.count), lowerWords(tokens))
  }

  lower(i: number): string {
    if (i < 0 || i >= this.count) return ''
    let w = this.lowers[i]
    if (w === undefined) {
      w = foldCase(this.text, this.starts[i]!, this.ends[i]!)
      this.lowers[i] = w
    }
    return w
  }

  /** The word without a possessive ending ("russia's" → "russia"). */
  bare(i: number): string {
    const w = this.lower(i)
    return w.endsWith("'s") ? w.slice(0, -2) : w.endsWith("s'") ? w.slice(0, -1) : w
  }

  /** The token starts with an ASCII capital ("Press" inside "Associated Press"). */
  isCapitalised(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]!)
    return c >= 65 && c <= 90
  }

  raw(i: number): string { return this.text.slice(this.starts[i]!, this.ends[i]!) }

  /** First token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0, hi = this.count
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.starts[mid]! < offset) lo = mid + 1; else hi = mid
    }
    return lo
  }

  /** Last token ending at or before `offset`. */
  tokenBefore(offset: number): number {
    let lo = 0, hi = this.count
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.ends[mid]! <= offset) lo = mid + 1; else hi = mid
    }
    return lo - 1
  }
}

/**
 * text[start, end) lower-cased, with curly apostrophes as straight ones ("Putin’s" → "putin's"). Only
 * about half the tokens are ever read, and most are lower-case already: this folds per token, and
 * only when a character needs it (a whole-text toLowerCase costs more than the tokens read).
 */
function foldCase(text: string, start: number, end: number): string {
  let upper = false, curly = false
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 8217) curly = true
    else if ((c >= 65 && c <= 90) || c >= 128) upper = true
  }
  let w = text.slice(start, end)
  if (upper) w = w.toLowerCase()
  if (curly) w = w.replace(/’/g, "'")
  return w
}

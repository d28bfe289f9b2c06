import { resolveDate, type DateResult } from './when.js'
import { CONDITIONAL, REPORTING } from './words.js'
import type { WordsView } from './words-view.js'

/**
 * What every event of one sentence shares, read once for the sentence (when its first event asks)
 * instead of once per event: its date, and where its first reporting verb and first "if/unless" stand.
 */
export class SentenceFacts {
  private when: DateResult | null = null
  private reporting = -1
  private conditional = -1

  constructor(
    private readonly view: WordsView, private readonly baseDate: string | null,
    readonly start: number, readonly end: number, readonly firstToken: number, readonly endToken: number,
  ) {}

  date(): DateResult {
    return (this.when ??= resolveDate(this.view.text.slice(this.start, this.end), this.baseDate))
  }

  /** The first token of a reporting verb ("said", "claimed" …), or endToken. */
  firstReporting(): number {
    if (this.reporting < 0) this.reporting = this.firstOf(REPORTING)
    return this.reporting
  }

  /** The first "if" or "unless", or endToken. */
  firstConditional(): number {
    if (this.conditional < 0) this.conditional = this.firstOf(CONDITIONAL)
    return this.conditional
  }

  private firstOf(words: Set<string>): number {
    let i = this.firstToken
    while (i < this.endToken && !words.has(this.view.lower(i))) i++
    return i
  }
}

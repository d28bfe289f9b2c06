// A cheap pre-check on a token's first two characters and length, so that most words are never sliced,
// lower-cased and looked up: an amount starts with a digit, "$" or another currency symbol, a capitalised
// prefix glued to "$" ("US" in "US$"), or a number word. Built from the lexicon, so it follows
// data/amounts/units.json. One table lookup and one bit test decide for almost every token.

// Columns for the second character: its ASCII code, or one of these.
const END = 128        // the token has one character
const NON_ASCII = 129
const COLUMNS = 130
const ANY_LENGTH = 0xffffffff

export class AmountStarts {
  /** [first ASCII char][second char column] → bit n set: a candidate of n characters (bit 31: any
   *  longer one); for number words n is the part before a hyphen ("twenty-five" is read through "twenty") */
  private readonly lengths = new Uint32Array(128 * COLUMNS)
  /** non-ASCII first characters of currency symbols ("£", "€") */
  private readonly symbolStarts = new Set<number>()

  constructor(numberWords: Iterable<string>, currencySymbols: Iterable<string>) {
    for (let c = 48; c <= 57; c++) this.row(c).fill(ANY_LENGTH)
    // toLowerCase maps the Kelvin sign to "k", so a "k" (or anything but a-z) in a number word would
    // let a non-ASCII token match: then every letter token takes the full lookup.
    const words = [...numberWords].map((w) => w.split('-')[0]!)
    const exact = words.every((head) => /^[a-jl-z]{1,30}$/.test(head))
    if (exact) {
      for (const head of words) this.addWordHead(head)
    } else {
      for (let c = 65; c <= 122; c++) if (isAsciiLetter(c)) this.row(c).fill(ANY_LENGTH)
    }
    for (const s of currencySymbols) {
      if (!s) continue
      const c = s.charCodeAt(0)
      if (c >= 128) this.symbolStarts.add(c)
      // Of the ASCII characters, only "$" is looked up as a symbol by itself (extract.ts); capitals as prefixes.
      else if (c === 36) this.row(c).fill(ANY_LENGTH)
      const dollar = s.indexOf('$')
      if (c < 128 && (dollar === 1 || dollar === 2)) this.lengths[c * COLUMNS + column(dollar === 2 ? s.charCodeAt(1) : -1)]! |= 1 << dollar
    }
  }

  private row(c: number): Uint32Array { return this.lengths.subarray(c * COLUMNS, (c + 1) * COLUMNS) }

  /** Any casing of the head's first two letters; a one-letter head may be followed by a hyphen. */
  private addWordHead(head: string): void {
    const bit = 1 << head.length
    for (const c0 of [head.charCodeAt(0), head.charCodeAt(0) & ~32]) {
      if (head.length === 1) { this.lengths[c0 * COLUMNS + END]! |= bit; this.lengths[c0 * COLUMNS + 45]! |= bit; continue }
      for (const c1 of [head.charCodeAt(1), head.charCodeAt(1) & ~32]) this.lengths[c0 * COLUMNS + c1]! |= bit
    }
  }

  /** False only when no amount can start with the token text[start, end). */
  mayStart(text: string, start: number, end: number): boolean {
    const c0 = text.charCodeAt(start)
    if (c0 >= 128) return this.symbolStarts.has(c0)
    const len = end - start
    const bits = this.lengths[c0 * COLUMNS + column(len > 1 ? text.charCodeAt(start + 1) : -1)]!
    if (bits === 0) return false
    if (len > 30) return (bits & 0x80000000) !== 0 || hyphenAfterHead(text, start, bits & 0x7fffffff)
    if ((bits & (1 << len)) !== 0) return true
    const shorter = bits & ((1 << len) - 1)
    return shorter !== 0 && hyphenAfterHead(text, start, shorter)
  }
}

/** "twenty-five": a hyphen right after a number-word head of one of the lengths in `heads`. */
function hyphenAfterHead(text: string, start: number, heads: number): boolean {
  for (let h = 1; h < 31; h++) if ((heads & (1 << h)) !== 0 && text.charCodeAt(start + h) === 45) return true
  return false
}

function column(c1: number): number { return c1 < 0 ? END : c1 < 128 ? c1 : NON_ASCII }
function isAsciiLetter(c: number): boolean { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }

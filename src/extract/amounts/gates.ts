// A cheap pre-check on a token's first characters and length, so that most words are never sliced,
// lower-cased and looked up: an amount starts with a digit, a currency symbol (or its capitalised
// prefix, "US" in "US$"), or a number word. Built from the lexicon, so it follows data/amounts/units.json.

const END = 26 // "no second letter" in a (first, second) letter key
const NEVER = 0, ALWAYS = 1, CHECK = 2

export class AmountStarts {
  /** per (first, second) lower-case letter: a bit per number-word length (of the part before a hyphen:
   *  "twenty-five" is read through "twenty") */
  private readonly wordLengths = new Uint32Array(26 * 27)
  /** the one- or two-character prefixes glued to "$" ("US$", "A$"), as code-unit keys */
  private readonly symbolPrefixes = new Set<number>()
  private readonly symbolStarts = new Set<number>()
  /** by first ASCII character: never an amount, always a candidate, or check the letters and length */
  private readonly firstChar = new Uint8Array(128).fill(NEVER)

  constructor(numberWords: Iterable<string>, currencySymbols: Iterable<string>) {
    let exact = true
    for (let c = 48; c <= 57; c++) this.firstChar[c] = ALWAYS
    for (const w of numberWords) {
      const head = w.split('-')[0]!
      // toLowerCase maps the Kelvin sign to "k"; a "k" in a number word would need the full lookup.
      if (!/^[a-jl-z]{1,30}$/.test(head)) { exact = false; continue }
      this.wordLengths[letterKey(head.charCodeAt(0), head.length > 1 ? head.charCodeAt(1) : -1)]! |= 1 << head.length
      this.checkLetter(head.charCodeAt(0))
    }
    for (const s of currencySymbols) {
      if (!s) continue
      this.symbolStarts.add(s.charCodeAt(0))
      // Of the ASCII characters, only "$" is looked up as a symbol by itself (extract.ts); letters as prefixes.
      if (s.charCodeAt(0) === 36) this.firstChar[36] = ALWAYS
      const dollar = s.indexOf('$')
      if (dollar === 1 || dollar === 2) { this.symbolPrefixes.add(prefixKey(s, 0, dollar)); this.checkLetter(s.charCodeAt(0)) }
    }
    // A number word that is not plain ASCII letters: every letter token takes the full lookup.
    if (!exact) for (let c = 65; c <= 122; c++) if (isAsciiLetter(c)) this.firstChar[c] = ALWAYS
  }

  private checkLetter(c: number): void {
    for (const k of [c | 32, c & ~32]) if (isAsciiLetter(k) && this.firstChar[k] !== ALWAYS) this.firstChar[k] = CHECK
  }

  /** False only when no amount can start with the token text[start, end). */
  mayStart(text: string, start: number, end: number): boolean {
    const c0 = text.charCodeAt(start)
    if (c0 >= 128) return this.symbolStarts.has(c0)
    const first = this.firstChar[c0]!
    if (first !== CHECK) return first === ALWAYS
    const len = end - start
    if (len <= 2 && c0 <= 90 && this.symbolPrefixes.has(prefixKey(text, start, len))) return true
    const c1 = len > 1 ? text.charCodeAt(start + 1) : -1
    // A second character that is neither a letter nor a hyphen cannot continue a number word or a prefix.
    if (c1 >= 0 && c1 !== 45 && !isAsciiLetter(c1)) return false
    const key = letterKey(c0 | 32, c1 === 45 ? -1 : c1 | 32)
    const bits = this.wordLengths[key]!
    if (bits === 0) return false
    if (len < 31 && (bits & (1 << len)) !== 0) return true
    // "twenty-five": a number word before a hyphen.
    for (let h = 1; h < len && h < 31; h++) if ((bits & (1 << h)) !== 0 && text.charCodeAt(start + h) === 45) return true
    return false
  }
}

function isAsciiLetter(c: number): boolean { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
function prefixKey(s: string, start: number, len: number): number { return len === 1 ? s.charCodeAt(start) : s.charCodeAt(start) * 0x10000 + s.charCodeAt(start + 1) }
function letterKey(c0: number, c1: number): number { return (c0 - 97) * 27 + (c1 < 0 ? END : c1 - 97) }

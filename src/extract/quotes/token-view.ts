import type { Tokens } from '../../article/index.js'
import { lowerWords } from '../../segment/lower-words.js'

/** Read access to the article's tokens with lazily lower-cased forms (a token is lower-cased at most once). */
export class TokenView {
  readonly count: number
  private readonly lowers: (string | undefined)[]
  /** `shared`: the words earlier stages lower-cased (src/segment/lower-words.ts), reused where they equal this view's form. */
  constructor(readonly text: string, readonly starts: Uint32Array, readonly ends: Uint32Array, private readonly shared: (string | undefined)[] | null = null) {
    this.count = starts.length
    this.lowers = new Array(this.count)
  }

  static of(text: string, tokens: Tokens): TokenView {
    return new TokenView(text, tokens.starts.subarray(0, tokens.count), tokens.ends.subarray(0, tokens.count), lowerWords(tokens))
  }

  start(i: number): number { return this.starts[i]! }
  end(i: number): number { return this.ends[i]! }
  raw(i: number): string { return this.text.slice(this.starts[i]!, this.ends[i]!) }
  /** The token is exactly the one character `ch` (no substring is made: most tokens are words, and slicing each costs an allocation). */
  is(i: number, ch: string): boolean { return this.ends[i]! - this.starts[i]! === 1 && this.text.charCodeAt(this.starts[i]!) === ch.charCodeAt(0) }
  /** The token is one of the characters in `chars`. */
  isOneOf(i: number, chars: string): boolean { return this.ends[i]! - this.starts[i]! === 1 && chars.includes(this.text[this.starts[i]!]!) }
  lower(i: number): string {
    let s = this.lowers[i]
    if (s === undefined) {
      // The shared form turns curly apostrophes straight; this view keeps them, so a word with an apostrophe is folded here.
      const w = this.shared?.[i]
      s = w !== undefined && w.indexOf("'") < 0 ? w : this.raw(i).toLowerCase()
      this.lowers[i] = s
    }
    return s
  }
  /** First letter upper-case (a name-like word; "Mr.", "U.S.", "Xi"). */
  isCapital(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]!)
    if (c >= 65 && c <= 90) return true
    if (c < 128) return false
    const ch = this.text[this.starts[i]!]!
    return ch !== ch.toLowerCase()
  }
  /** Starts with an ASCII lower-case letter (cheap pre-check before a lexicon lookup). */
  isLowerAscii(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]!)
    return c >= 97 && c <= 122
  }
  isWord(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]!)
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128 && /[\p{L}\p{N}]/u.test(this.text[this.starts[i]!]!)
  }
  /** Index of the first token starting at or after `offset`. */
  at(offset: number): number {
    let lo = 0, hi = this.count
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.starts[mid]! < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

// Character classes of the tokenizer, looked up by code unit instead of running a `u`-flag regex
// over the text. The classes are exactly the regex ones: \p{L}, \p{M}/\p{N}, JavaScript's \s; each
// non-ASCII character is classified once by those regexes and remembered.

export const OTHER = 0
export const LETTER = 1       // \p{L}
export const WORD_MARK = 2    // \p{M} or \p{N}: word characters that are not letters
export const SPACE = 3        // \s

const UNKNOWN = 255
const BMP = new Uint8Array(0x10000).fill(UNKNOWN)
const ASTRAL = new Map<number, number>()

function classify(ch: string): number {
  if (/\p{L}/u.test(ch)) return LETTER
  if (/[\p{M}\p{N}]/u.test(ch)) return WORD_MARK
  return /\s/u.test(ch) ? SPACE : OTHER
}

for (let c = 0; c < 128; c++) BMP[c] = classify(String.fromCharCode(c))

function isHighSurrogate(c: number): boolean { return c >= 0xd800 && c <= 0xdbff }
function isLowSurrogate(c: number): boolean { return c >= 0xdc00 && c <= 0xdfff }

/** Class of the code point starting at `i` (a lone surrogate is OTHER, as in a `u` regex). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  const k = BMP[c]!
  if (k !== UNKNOWN) return k
  if (isHighSurrogate(c)) {
    // Never cached by code unit: paired, it is the start of an astral code point; alone, OTHER.
    if (!isLowSurrogate(text.charCodeAt(i + 1))) return OTHER
    const cp = text.codePointAt(i)!
    let a = ASTRAL.get(cp)
    if (a === undefined) { a = classify(String.fromCodePoint(cp)); ASTRAL.set(cp, a) }
    return a
  }
  return (BMP[c] = classify(String.fromCharCode(c)))
}

/** Code units taken by the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1
}

export function isWordClass(k: number): boolean { return k === LETTER || k === WORD_MARK }

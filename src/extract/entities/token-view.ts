import type { Sentence, Tokens } from '../../article/index.js'

/** One token with the facts the recogniser tests again and again, computed once. */
export interface Tok {
  start: number
  end: number
  text: string
  lower: string
  /** End without a possessive "'s" / "’s" (Russia's → Russia). */
  baseEnd: number
  base: string
  baseLower: string
  possessive: boolean
  /** Ends in a lower-case compound suffix ("US-based"): the name stops at the hyphen. */
  suffixed: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Two or more letters, all upper-case (NATO, US). */
  allCaps: boolean
  /** Contains a letter. */
  word: boolean
  sentence: number
  /** First word of its sentence (after any opening quote or bracket). */
  sentStart: boolean
  /** Its sentence is written in capitals (headline style): case is no evidence there. */
  capsSentence: boolean
  /** Its sentence is written in headline case: KB names still count, unknown capitalised runs do not. */
  titleCase: boolean
}

const LETTER = /\p{L}/u

export function tokenView(text: string, tokens: Tokens, sentences: readonly Sentence[]): Tok[] {
  const out: Tok[] = new Array(tokens.count)
  let s = 0
  let seenWordInSentence = false
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!, end = tokens.ends[i]!
    while (s < sentences.length && start >= sentences[s]!.end) { s++; seenWordInSentence = false }
    const t = text.slice(start, end)
    const c = t.charCodeAt(0)
    const asciiUpper = c >= 65 && c <= 90
    const asciiLetter = asciiUpper || (c >= 97 && c <= 122)
    const word = asciiLetter || (c > 127 ? LETTER.test(t) : t.length > 1 && LETTER.test(t))
    const n = t.length
    // Possessive "'s" / "’s" (Russia's → Russia), checked by char codes: this runs for every token.
    const possessive = word && n > 2 && (t.charCodeAt(n - 1) === 115) && (t.charCodeAt(n - 2) === 39 || t.charCodeAt(n - 2) === 8217)
    let baseEnd = end
    if (possessive) baseEnd = end - 2
    // "Kong." at a sentence end: the tokenizer keeps a dot after short capitalised words (Mr.); the name has none.
    else if (n > 3 && t.charCodeAt(n - 1) === 46 && /^\p{Lu}\p{Ll}+\.$/u.test(t) && (i + 1 >= tokens.count || tokens.starts[i + 1]! >= (sentences[s]?.end ?? Infinity))) baseEnd = end - 1
    // "Qaeda-affiliated", "US-based", "Kremlin-backed": the name is the part before a lower-case suffix.
    let suffixed = false
    if (baseEnd === end && asciiUpper && n > 3) {
      const dash = t.lastIndexOf('-')
      if (dash > 0 && dash < n - 2 && /^\p{Ll}+$/u.test(t.slice(dash + 1))) { baseEnd = start + dash; suffixed = true }
    }
    const base = baseEnd === end ? t : text.slice(start, baseEnd)
    const lower = (c > 127 || t.includes('’') ? t.replace(/’/g, "'") : t).toLowerCase() // curly and straight apostrophes match alike
    const upper = asciiUpper || (c > 127 && t.charAt(0) !== t.charAt(0).toLowerCase())
    out[i] = {
      start, end, text: t, lower, baseEnd, base, baseLower: base === t ? lower : base.replace(/’/g, "'").toLowerCase(), possessive,
      cap: upper, allCaps: upper && word && base.length >= 2 && base === base.toUpperCase() && base !== base.toLowerCase(),
      word, sentence: s, sentStart: word && !seenWordInSentence, capsSentence: false, titleCase: false, suffixed,
    }
    if (word) seenWordInSentence = true
  }
  markCapsSentences(out)
  return out
}

function markCapsSentences(toks: Tok[]): void {
  let i = 0
  while (i < toks.length) {
    let j = i, words = 0, caps = 0
    while (j < toks.length && toks[j]!.sentence === toks[i]!.sentence) { const t = toks[j]!; if (t.word && t.base.length > 1) { words++; if (t.allCaps) caps++ } j++ }
    if (words >= 4 && caps / words > 0.6) for (let k = i; k < j; k++) toks[k]!.capsSentence = true
    else if (words >= 5) {
      // Headline case ("Opposition Says Russian Airstrikes Aren't Targeting ISIS"): capitals say nothing about names.
      let long = 0, capital = 0
      for (let k = i; k < j; k++) { const t = toks[k]!; if (t.word && t.base.length > 3) { long++; if (t.cap) capital++ } }
      if (long >= 4 && capital / long > 0.85) for (let k = i; k < j; k++) toks[k]!.titleCase = true
    }
    i = j
  }
}

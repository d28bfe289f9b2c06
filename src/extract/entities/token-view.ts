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
}

const LETTER = /\p{L}/u
const POSSESSIVE = /['’]s$/u

export function tokenView(text: string, tokens: Tokens, sentences: readonly Sentence[]): Tok[] {
  const out: Tok[] = new Array(tokens.count)
  let s = 0
  let seenWordInSentence = false
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!, end = tokens.ends[i]!
    while (s < sentences.length && start >= sentences[s]!.end) { s++; seenWordInSentence = false }
    const t = text.slice(start, end)
    const first = t.charAt(0)
    const c = t.charCodeAt(0)
    const word = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && (LETTER.test(first) || LETTER.test(t))) || (c < 128 && t.length > 1 && LETTER.test(t))
    let baseEnd = end
    const possessive = word && t.length > 2 && POSSESSIVE.test(t)
    if (possessive) baseEnd = end - 2
    // "Kong." at a sentence end: the tokenizer keeps a dot after short capitalised words (Mr.); the name has none.
    else if (t.length > 3 && t.endsWith('.') && /^\p{Lu}\p{Ll}+\.$/u.test(t) && (i + 1 >= tokens.count || tokens.starts[i + 1]! >= (sentences[s]?.end ?? Infinity))) baseEnd = end - 1
    const base = baseEnd === end ? t : text.slice(start, baseEnd)
    const upper = first !== first.toLowerCase()
    out[i] = {
      start, end, text: t, lower: t.toLowerCase(), baseEnd, base, baseLower: base.toLowerCase(), possessive,
      cap: upper, allCaps: word && base.length >= 2 && base === base.toUpperCase() && base !== base.toLowerCase(),
      word, sentence: s, sentStart: word && !seenWordInSentence, capsSentence: false,
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
    i = j
  }
}

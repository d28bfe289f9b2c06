import type { Sentence, Tokens } from '../../article/index.js'
import { lowerWords } from '../../segment/lower-words.js'
import { lexicon } from './lexicon.js'

// A token's yes/no facts, as bits of one number.
const POSSESSIVE = 1, SUFFIXED = 2, HYPHEN = 4, DIGIT = 8, CAP = 16, ALL_CAPS = 32, WORD = 64
const SENT_START = 128, CAPS_SENTENCE = 256, TITLE_CASE = 512

/** One token with the facts the recogniser tests again and again, computed once. The ten yes/no facts share one
 *  bit field read through getters: a token is an object of 9 fields rather than 18, and token objects were the
 *  largest allocation of the whole pipeline (a third of it), so of its garbage collection. */
export class Tok {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    /** End without a possessive "'s" / "’s" (Russia's → Russia). */
    readonly baseEnd: number,
    readonly base: string,
    readonly baseLower: string,
    public sentence: number,
    /** The yes/no facts below, as bits (set only in this module). */
    public flags: number,
  ) {}

  get possessive(): boolean { return (this.flags & POSSESSIVE) !== 0 }
  /** Ends in a lower-case compound suffix ("US-based"): the name stops at the hyphen. */
  get suffixed(): boolean { return (this.flags & SUFFIXED) !== 0 }
  /** Contains a hyphen ("Putin-Xi", "US-based"). */
  get hyphen(): boolean { return (this.flags & HYPHEN) !== 0 }
  /** Contains an ASCII digit (A380, F-16, 737). */
  get digit(): boolean { return (this.flags & DIGIT) !== 0 }
  /** Starts with an upper-case letter. */
  get cap(): boolean { return (this.flags & CAP) !== 0 }
  /** Two or more letters, all upper-case (NATO, US). */
  get allCaps(): boolean { return (this.flags & ALL_CAPS) !== 0 }
  /** Contains a letter. */
  get word(): boolean { return (this.flags & WORD) !== 0 }
  /** First word of its sentence (after any opening quote or bracket). */
  get sentStart(): boolean { return (this.flags & SENT_START) !== 0 }
  /** Its sentence is written in capitals (headline style): case is no evidence there. */
  get capsSentence(): boolean { return (this.flags & CAPS_SENTENCE) !== 0 }
  /** Its sentence is written in headline case: KB names still count, unknown capitalised runs do not. */
  get titleCase(): boolean { return (this.flags & TITLE_CASE) !== 0 }
}

function factBits(possessive: boolean, suffixed: boolean, hyphen: boolean, digit: boolean, cap: boolean, allCaps: boolean, word: boolean): number {
  return (possessive ? POSSESSIVE : 0) | (suffixed ? SUFFIXED : 0) | (hyphen ? HYPHEN : 0) | (digit ? DIGIT : 0) |
    (cap ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (word ? WORD : 0)
}

const LETTER = /\p{L}/u

/** Per-token facts, computed once. Plain-ASCII tokens (nearly all of them) take a char-code path with no
 *  regex and no extra strings; anything else takes the Unicode-aware path. Both give the same answers. */
export function tokenView(text: string, tokens: Tokens, sentences: readonly Sentence[]): Tok[] {
  const out: Tok[] = new Array(tokens.count)
  // The same lower-case forms the events stage reads (see lowerWords): handed on, not made twice.
  const lowers = lowerWords(tokens)
  let s = 0
  let seenWordInSentence = false
  // Case counts of the current sentence, gathered on the way (see markSentenceCase).
  const counts = { from: 0, words: 0, caps: 0, long: 0, capital: 0 }
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!, end = tokens.ends[i]!
    while (s < sentences.length && start >= sentences[s]!.end) { s++; seenWordInSentence = false }
    // Last in its sentence, or last but a closing quotation mark ('the leadership of Kim Jong Un.”').
    const nextStart = i + 1 < tokens.count ? tokens.starts[i + 1]! : Infinity
    const sentEnd = sentences[s]?.end ?? Infinity
    const lastInSentence = nextStart >= sentEnd || (nextStart === end && (text.charCodeAt(end) === 0x201d || text.charCodeAt(end) === 34) && (i + 2 >= tokens.count || tokens.starts[i + 2]! >= sentEnd))
    const tok = asciiTok(text, start, end, lastInSentence) ?? unicodeTok(text, start, end, lastInSentence)
    tok.sentence = s
    if (tok.word && !seenWordInSentence) tok.flags |= SENT_START
    if (tok.word) seenWordInSentence = true
    out[i] = tok
    lowers[i] = tok.lower
    if (i > counts.from && s !== out[i - 1]!.sentence) markSentenceCase(out, i, counts)
    if (tok.word && tok.base.length > 1) {
      counts.words++
      if (tok.allCaps) counts.caps++
      if (tok.base.length > 3) { counts.long++; if (tok.cap) counts.capital++ }
    }
  }
  if (tokens.count > counts.from) markSentenceCase(out, tokens.count, counts)
  return out
}

const isUpper = (c: number) => c >= 65 && c <= 90
const isLower = (c: number) => c >= 97 && c <= 122

/** The char-code path for a token of plain ASCII; null when the token has any other character. */
function asciiTok(text: string, start: number, end: number, lastInSentence: boolean): Tok | null {
  const n = end - start
  let letters = 0, uppers = 0, hyphen = false, digit = false
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c > 127) return null
    if (isUpper(c)) { letters++; uppers++ } else if (isLower(c)) letters++
    else if (c === 45) hyphen = true
    else if (c >= 48 && c <= 57) digit = true
  }
  const t = text.slice(start, end)
  const c0 = t.charCodeAt(0)
  const asciiUpper = isUpper(c0)
  const word = asciiUpper || isLower(c0) || (n > 1 && letters > 0)
  // Possessive "'s" (Russia's → Russia).
  const possessive = word && n > 2 && t.charCodeAt(n - 1) === 115 && t.charCodeAt(n - 2) === 39
  let baseEnd = end
  let suffixed = false
  if (possessive) baseEnd = end - 2
  // "Kong.", "Un." at a sentence end: the tokenizer keeps a dot after short capitalised words (Mr.); the name has none.
  else if (n > 2 && t.charCodeAt(n - 1) === 46 && lastInSentence && asciiUpper && allLower(t, 1, n - 1)) baseEnd = end - 1
  // "Qaeda-affiliated", "US-based", "Kremlin-backed": the name is the part before a lower-case suffix.
  else if (asciiUpper && n > 3) {
    const dash = t.lastIndexOf('-')
    if (dash > 0 && dash < n - 2 && allLower(t, dash + 1, n)) { baseEnd = start + dash; suffixed = true }
  }
  const base = baseEnd === end ? t : text.slice(start, baseEnd)
  const lower = uppers ? t.toLowerCase() : t
  const baseLower = base === t ? lower : base.toLowerCase()
  // All capitals: two or more characters, no lower-case letter (the first is upper-case, so there is a letter).
  const allCaps = asciiUpper && word && base.length >= 2 && allNotLower(base)
  return new Tok(start, end, t, lower, baseEnd, base, baseLower, 0, factBits(possessive, suffixed, hyphen, digit, asciiUpper, allCaps, word))
}

function allLower(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isLower(t.charCodeAt(k))) return false
  return true
}

function allNotLower(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (isLower(t.charCodeAt(k))) return false
  return true
}

/** The Unicode-aware path: curly apostrophes, accented and non-Latin letters. */
function unicodeTok(text: string, start: number, end: number, lastInSentence: boolean): Tok {
  const t = text.slice(start, end)
  const c = t.charCodeAt(0)
  const asciiUpper = c >= 65 && c <= 90
  const asciiLetter = asciiUpper || (c >= 97 && c <= 122)
  const word = asciiLetter || (c > 127 ? LETTER.test(t) : t.length > 1 && LETTER.test(t))
  const n = t.length
  const possessive = word && n > 2 && (t.charCodeAt(n - 1) === 115) && (t.charCodeAt(n - 2) === 39 || t.charCodeAt(n - 2) === 8217)
  let baseEnd = end
  if (possessive) baseEnd = end - 2
  else if (n > 2 && t.charCodeAt(n - 1) === 46 && /^\p{Lu}\p{Ll}+\.$/u.test(t) && lastInSentence) baseEnd = end - 1
  let suffixed = false
  if (baseEnd === end && asciiUpper && n > 3) {
    const dash = t.lastIndexOf('-')
    if (dash > 0 && dash < n - 2 && /^\p{Ll}+$/u.test(t.slice(dash + 1))) { baseEnd = start + dash; suffixed = true }
  }
  const base = baseEnd === end ? t : text.slice(start, baseEnd)
  const lower = (c > 127 || t.includes('’') ? t.replace(/’/g, "'") : t).toLowerCase() // curly and straight apostrophes match alike
  const upper = asciiUpper || (c > 127 && t.charAt(0) !== t.charAt(0).toLowerCase())
  const baseLower = base === t ? lower : base.replace(/’/g, "'").toLowerCase()
  const allCaps = upper && word && base.length >= 2 && base === base.toUpperCase() && base !== base.toLowerCase()
  return new Tok(start, end, t, lower, baseEnd, base, baseLower, 0, factBits(possessive, suffixed, t.includes('-'), /\d/.test(t), upper, allCaps, word))
}

interface CaseCounts { from: number; words: number; caps: number; long: number; capital: number }

// Words of four letters or more that headline case may leave in lower case; any other long lower-case word ("said",
// "agreed") says the sentence is running text, however many of its words are names ("Sen. Tim Kaine (D-Va.) and Rep. …").
// … and of three letters: the short function words and name particles ("CA del Fava" in a line-up); a short verb or
// noun ("met", "won", "led", "war") is running text.
const HEADLINE_LOWER_SHORT = new Set(['and', 'the', 'for', 'but', 'nor', 'yet', 'via', 'per', 'off', 'out', 'its', 'vs.'])
const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'this', 'about', 'after', 'amid', 'among', 'before', 'during', 'under', 'until', 'while', 'against', 'between', 'through', 'without', 'within', 'near', 'versus'])

/** Marks the sentence of tokens [counts.from, to) as written in capitals or in headline case, from its word
 *  counts (words of two letters or more, those in capitals; words of four or more, those capitalised); then
 *  starts the counts over for the next sentence. */
function markSentenceCase(toks: Tok[], to: number, counts: CaseCounts): void {
  const { from, words, caps, long, capital } = counts
  if (words >= 4 && caps / words > 0.6) for (let k = from; k < to; k++) toks[k]!.flags |= CAPS_SENTENCE
  // Headline case ("Opposition Says Russian Airstrikes Aren't Targeting ISIS"): capitals say nothing about names.
  // (The lower-case words are looked at only for the few sentences whose capitals look like a headline.)
  else if (words >= 5 && long >= 4 && capital / long > 0.85 && !lowerContentWord(toks, from, to)) for (let k = from; k < to; k++) toks[k]!.flags |= TITLE_CASE
  counts.from = to; counts.words = 0; counts.caps = 0; counts.long = 0; counts.capital = 0
}

function lowerContentWord(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!
    if (t.word && !t.cap && (t.base.length > 3 ? !HEADLINE_LOWER.has(t.lower) : t.base.length === 3 && !HEADLINE_LOWER_SHORT.has(t.lower) && !lexicon().particles.has(t.lower))) return true
  }
  return false
}

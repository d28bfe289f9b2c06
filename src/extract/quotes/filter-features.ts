import type { Range } from '../../article/index.js'
import { isCloseMark, isOpenMark } from './context.js'
import type { QuoteLexicon } from './lexicon.js'
import type { Phrase } from './phrase.js'
import type { TokenView } from './token-view.js'

// Features of one reported-speech candidate for the learned filter (filter.ts). Each is a short string:
// a label, or a label with ONE word (the cue, the word before or after it, the first word of the content),
// never a phrase or a position in a document, so the weights cannot memorise the training text.

/** Where a candidate's cue comes from: a hand-written cue, a derived one, a broad candidate form, a noun … */
export type CueOrigin = 'hand' | 'derived' | 'candidate' | 'nominal' | 'passive' | 'opening'
/** Why the hand rules would drop it: '' (they keep it), inside another attribution's clause, beside a nested one … */
export type Suppression = '' | 'nested' | 'according' | 'dropped'

export interface CandidateView {
  t: number                   // cue token
  a: number; b: number        // sentence tokens [a, b)
  phrase: Phrase | null
  content: Range
  rule: string
  origin: CueOrigin
  cueClass: string
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "isn't", "wasn't"])

/** A candidate's feature values: labels and single lower-case words (`Cap` for any capitalised word). */
export interface FeatureValues {
  form: string; class: string; origin: string; rule: string; spk: string; frame: string; len: string; prev: string; next: string; neg: string
}
export type Family = keyof FeatureValues

/**
 * Single features, then pairs: each names its families, so the filter can look weights up without building strings.
 * Kept small: each is a map lookup per judged candidate, and leaving out the speaker phrase's shape, the distance, the
 * position, the content's first word, why the rules drop it and five more pairs changed out-of-fold train F1 by < 0.0005.
 */
export const SINGLE_FAMILIES: readonly Family[] = ['form', 'class', 'origin', 'rule', 'spk', 'frame', 'len', 'prev', 'next', 'neg']
export const PAIR_FAMILIES: readonly (readonly [Family, Family])[] = [['form', 'frame'], ['class', 'frame']]

export function candidateFeatures(v: TokenView, lex: QuoteLexicon, c: CandidateView): FeatureValues {
  const { t, a, b } = c
  let neg = 'no'
  for (let k = Math.max(a, t - 3); k < t; k++) if (NEGATIONS.has(v.lower(k))) { neg = 'yes'; break }
  const first = v.at(c.content.start)
  return {
    form: v.lower(t), class: c.cueClass, origin: c.origin, rule: c.rule, spk: speakerKind(v, lex, c.phrase), frame: frameOf(v, c, first),
    len: bucket(v.at(c.content.end) - first), // tokens, marks included
    prev: t > a ? wordOrMark(v, t - 1) : '<s>', next: t + 1 < b ? wordOrMark(v, t + 1) : '</s>', neg,
  }
}

/** The feature strings the training script counts and the weights file names ("form:said", "form:said|supp:none"). */
export function featureStrings(f: FeatureValues): string[] {
  return [...SINGLE_FAMILIES.map((x) => `${x}:${f[x]}`), ...PAIR_FAMILIES.map(([x, y]) => `${x}:${f[x]}|${y}:${f[y]}`)]
}

/** The speaker phrase's kind: none, a pronoun, a name, a number or share, a source noun, a plural noun, another noun. */
function speakerKind(v: TokenView, lex: QuoteLexicon, p: Phrase | null): string {
  if (!p) return 'none'
  if (p.end - p.start === 1 && lex.pronouns.has(v.lower(p.start))) return 'pron'
  let capital = false, digit = false
  for (let k = p.start; k < p.end; k++) {
    if (v.isCapital(k) && !(k === p.start && lex.determiners.has(v.lower(k)))) capital = true
    const ch = v.text.charCodeAt(v.start(k))
    if (ch >= 48 && ch <= 57) digit = true
  }
  if (digit) return 'num'
  if (capital) return 'name'
  const head = v.lower(p.end - 1)
  if (lex.sourceNouns.has(head)) return 'source'
  return head.endsWith('s') ? 'plural' : 'noun'
}

/** How the content sits by the cue: a that- or to-clause, a quote, an object or clause after it, or before it. */
function frameOf(v: TokenView, c: CandidateView, k: number): string {
  const cueStart = v.start(c.t)
  if (c.content.end <= cueStart) return c.phrase && c.phrase.start > c.t ? 'before-inverted' : 'before'
  if (k < v.count && (isOpenMark(v, k) || isCloseMark(v, k))) return 'quote'
  const w = k < v.count ? v.lower(k) : ''
  const prev = k > 0 ? v.lower(k - 1) : ''
  if (w === 'that' || prev === 'that') return 'that'
  if (w === 'to' || prev === 'to') return 'to'
  if (k === c.t + 1) return 'adjacent'
  return 'after'
}

/** The word, `Cap` for any capitalised word (no names in the weights), or the mark. */
function wordOrMark(v: TokenView, k: number): string {
  return v.isWord(k) ? (v.isCapital(k) ? 'Cap' : v.lower(k)) : v.raw(k)
}

function bucket(n: number): string { return n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : '26+' }

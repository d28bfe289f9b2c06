import type { Paragraph, Range } from '../../article/index.js'
import type { QuoteFilter } from './filter.js'
import type { QuoteLexicon } from './lexicon.js'
import type { QuoteSpan } from './marks.js'
import type { Phrase } from './phrase.js'
import type { TokenView } from './token-view.js'

/** Something a reader of the record should know about a quote: a mark never closed (clipped text), a quote nobody is credited with. */
export interface QuoteNote { code: 'quotes/unclosed-mark' | 'quotes/no-speaker'; place: Range }

/** An attribution found before speakers are resolved (speakers need text order for pronouns). */
export interface Found {
  start: number; end: number; direct: boolean
  cue: number                 // cue token, -1 when none
  phrase: Phrase | null
  follows: number             // index into `found` of the quote whose speaker this one continues, -1 if none
  rule: string
  clause: Range | null
  order: number               // text position used to resolve speakers in order
}

/** What the extraction passes share for one article. */
export interface QuoteContext {
  v: TokenView
  lex: QuoteLexicon
  paragraphs: readonly Paragraph[]
  spans: readonly QuoteSpan[]
  /** token → index of the quote span it lies in, -1 outside quotes */
  inQuote: Int32Array
  found: Found[]
  /** quote span → index into `found` once attributed, -1 before */
  spanFound: Int32Array
  /** Character offsets where the segmenter ends a sentence */
  sentenceEnds: Set<number>
  /** The learned filter over reported candidates, or null for the hand rules alone */
  filter: QuoteFilter | null
}

/** Attributes every quote span inside `content` not yet attributed, or returns false when there is none. */
export function claimSpans(ctx: QuoteContext, content: Range, make: (span: QuoteSpan) => Found): boolean {
  const inside = spansOverlapping(ctx.spans, content)
  if (!inside.length) return false
  for (const q of inside) {
    if (ctx.spanFound[q]! >= 0) continue
    ctx.spanFound[q] = ctx.found.length
    ctx.found.push(make(ctx.spans[q]!))
  }
  return true
}

export function markQuoteTokens(v: TokenView, spans: readonly QuoteSpan[]): Int32Array {
  const mark = new Int32Array(v.count).fill(-1)
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q]!
    const stop = s.close >= 0 ? s.close + 1 : s.end
    for (let t = v.at(s.open); t < v.count && v.start(t) < stop; t++) mark[t] = q
  }
  return mark
}

/** Quote spans overlapping a character range (a reported clause, or a sentence inside a longer quote). */
export function spansOverlapping(spans: readonly QuoteSpan[], r: Range): number[] {
  const out: number[] = []
  // Spans do not overlap and come in text order: binary-search the first that ends after r.start.
  let lo = 0, hi = spans.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.end <= r.start) lo = mid + 1; else hi = mid }
  for (let q = lo; q < spans.length; q++) {
    const s = spans[q]!
    if (s.open > r.end) break
    if (s.end > r.start && s.start < r.end) out.push(q)
  }
  return out
}

export function paragraphOf(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0, hi = paragraphs.length - 1
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (paragraphs[mid]!.start <= offset) lo = mid; else hi = mid - 1 }
  return lo
}

export function wordsIn(v: TokenView, s: number, e: number): number {
  let n = 0
  for (let k = s; k < e; k++) if (v.isWord(k)) n++
  return n
}

export function wordCount(v: TokenView, span: Range): number {
  let n = 0
  for (let t = v.at(span.start); t < v.count && v.start(t) < span.end; t++) if (v.isWord(t)) n++
  return n
}

export function cueSpan(v: TokenView, t: number): Range {
  const w = v.lower(t)
  const end = w === 'according' && t + 1 < v.count && v.lower(t + 1) === 'to' ? v.end(t + 1) : v.end(t)
  // A sentence's period kept on its last word ("… Graham Says.") is no part of the cue.
  return { start: v.start(t), end: end - v.start(t) > 2 && v.text.charCodeAt(end - 1) === 46 && w !== 'according' ? end - 1 : end }
}

// Prepositions before a quoted title ("on “Face the Nation,”", "in “The Art of the Deal”").
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'to', 'of', 'for', 'from', 'at', 'with', 'by'])
const MAX_TITLE_WORDS = 6

/** A short quoted span opened right after a preposition and starting with a capital: a title or name, not anyone's words. */
export function isTitleQuote(v: TokenView, span: QuoteSpan): boolean {
  const open = v.at(span.open)
  if (open < 1 || !TITLE_PREPOSITIONS.has(v.lower(open - 1)) || !v.isCapital(open + 1)) return false
  return wordCount(v, span) <= MAX_TITLE_WORDS
}

/** The quote whose closing mark (or the comma before it) is token `i` is a title (see isTitleQuote). */
export function titleClosingAt(v: TokenView, inQuote: Int32Array, i: number): boolean {
  const q = inQuote[i]! >= 0 ? inQuote[i]! : i > 0 ? inQuote[i - 1]! : -1
  if (q < 0) return false
  let k = i
  while (k > 0 && inQuote[k - 1] === q) k--
  return k >= 1 && TITLE_PREPOSITIONS.has(v.lower(k - 1)) && k + 1 < v.count && v.isCapital(k + 1) && i - k <= MAX_TITLE_WORDS + 3
}

export function isCloseMark(v: TokenView, i: number): boolean { return v.isOneOf(i, '"”»\'') && !isPluralPossessive(v, i) }

/** "Sanders' spokesman": an apostrophe written right after a word ending in s, with no second apostrophe, is no mark. */
function isPluralPossessive(v: TokenView, i: number): boolean {
  if (i < 1 || !v.is(i, "'") || v.start(i) !== v.end(i - 1) || v.is(i - 1, "'") || (i + 1 < v.count && v.is(i + 1, "'"))) return false
  const c = v.text.charCodeAt(v.end(i - 1) - 1)
  return c === 115 || c === 83
}
export function isOpenMark(v: TokenView, i: number): boolean { return v.isOneOf(i, '"“«\'') }

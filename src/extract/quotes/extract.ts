import type { Entity, Paragraph, Quote, Sentence, Speaker, Tokens } from '../../article/index.js'
import { cueSpan, markQuoteTokens, type Found, type QuoteContext, type QuoteNote } from './context.js'
import { attributeQuoteSpans } from './direct.js'
import type { QuoteFilter } from './filter.js'
import type { QuoteLexicon } from './lexicon.js'
import { findHeadline } from './headline.js'
import { findQuoteSpans } from './marks.js'
import { isExpletiveSubject } from './phrase.js'
import { findReported } from './reported.js'
import { findSignedPosts } from './signature.js'
import { SpeakerResolver } from './speakers.js'
import { TokenView } from './token-view.js'
import { findColonBlocks, findNameColons } from './transcript.js'

export interface QuoteInput {
  text: string
  paragraphs: readonly Paragraph[]
  sentences: readonly Sentence[]
  tokens: Tokens
  entities: readonly Entity[]
}

export type { QuoteNote } from './context.js'

/**
 * Direct quotes (marks), partial quotes inside reported sentences and reported speech, with the
 * speaker of each. Reported clauses that contain quoted words are represented by their quoted
 * parts (direct, with the clause in `clause`) so one attribution is never counted twice.
 * Scare quotes (a quoted phrase with no cue and no speaker in reach) are dropped.
 */
export function extractQuotes(input: QuoteInput, lex: QuoteLexicon, notes?: QuoteNote[], filter: QuoteFilter | null = null): Quote[] {
  const { text, paragraphs } = input
  const v = TokenView.of(text, input.tokens)
  const spans = findQuoteSpans(text, paragraphs)
  if (notes) for (const s of spans) if (s.close < 0) notes.push({ code: 'quotes/unclosed-mark', place: { start: s.open, end: s.end } })
  const inQuote = markQuoteTokens(v, spans)
  const found: Found[] = []
  const spanFound = new Int32Array(spans.length).fill(-1)

  const sentenceEnds = new Set(input.sentences.map((s) => s.end))
  const ctx: QuoteContext = { v, lex, paragraphs, spans, inQuote, found, spanFound, sentenceEnds, filter }
  findReported(ctx, input.sentences)
  findNameColons(ctx, input.entities)
  findHeadline(ctx, input.sentences)
  findSignedPosts(ctx)
  findColonBlocks(ctx)
  attributeQuoteSpans(ctx)

  // 3. Speakers in text order, so pronouns find the last fitting speaker.
  const order = found.map((_, i) => i).sort((x, y) => found[x]!.order - found[y]!.order)
  const resolver = new SpeakerResolver(v, lex, input.entities)
  const speakersOf: (Speaker[] | null)[] = new Array(found.length).fill(null)
  for (const i of order) {
    const f = found[i]!
    if (f.phrase && !isExpletiveSubject(v, f.phrase, f.cue)) speakersOf[i] = resolver.resolve(f.phrase)
    else if (f.follows >= 0) speakersOf[i] = speakersOf[f.follows] ?? null
  }
  // A continuation resolved before its antecedent (should not happen in text order) falls back here.
  for (let i = 0; i < found.length; i++) if (!speakersOf[i] && found[i]!.follows >= 0) speakersOf[i] = speakersOf[found[i]!.follows] ?? null

  const out: Quote[] = []
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    const speakers = speakersOf[i]
    const cueRange = f.cue >= 0 ? cueSpan(v, f.cue) : null
    out.push({
      text: text.slice(f.start, f.end), direct: f.direct, start: f.start, end: f.end,
      speaker: speakers?.[0] ?? null,
      ...(speakers && speakers.length > 1 ? { speakers } : {}),
      cue: cueRange ? text.slice(cueRange.start, cueRange.end) : null,
      cueSpan: cueRange,
      rule: f.rule,
      ...(f.clause ? { clause: f.clause } : {}),
    })
  }
  out.sort((x, y) => x.start - y.start)
  if (notes) for (const q of out) if (q.direct && !q.speaker) notes.push({ code: 'quotes/no-speaker', place: { start: q.start, end: q.end } })
  return out
}

import { relative } from 'node:path'
import { readInputs } from '../ingest/index.js'
import type { Pipeline } from '../pipeline/index.js'
import { toRecord, type AnalysisRecord } from '../record/index.js'
import type { ArticleGold, Gold, SentenceSetGold } from './gold-types.js'
import { GoldError } from './load-gold.js'
import { addCounts, scores, ZERO, type Counts, type Scores } from './prf.js'
import { scoreAmounts, type AmountScore } from './score-amounts.js'
import { scoreEntities, type EntityScore } from './score-entities.js'
import { scoreEvents, type EventScore, type Triple } from './score-events.js'
import { scoreMetadata, type MetadataScore } from './score-metadata.js'
import { scoreQuotes, type QuoteScores } from './score-quotes.js'

export interface ArticleResult {
  kind: 'article'; file: string; id: string; input: string; format: string
  metadata: MetadataScore | null; entities: EntityScore | null; quotes: QuoteScores | null
  events: EventScore | null; amounts: AmountScore | null
}
export interface SentenceSetResult {
  kind: 'sentences'; file: string; sentences: number
  events: { scores: Scores; missed: { id: string; text: string; event: { sources: string[]; targets: string[]; types: string[] } }[]; spurious: { id: string; text: string; triple: Triple }[]; unscored: number }
}
export type EvalResult = ArticleResult | SentenceSetResult

/** Runs the pipeline on a gold file's input and scores every section the gold states. */
export async function evaluate(gold: Gold, pipeline: Pipeline): Promise<EvalResult> {
  return gold.kind === 'article' ? evaluateArticle(gold, pipeline) : evaluateSentences(gold, pipeline)
}

async function evaluateArticle(gold: ArticleGold, pipeline: Pipeline): Promise<ArticleResult> {
  // The same readers as `analyze` (charset detection, JSON records); the gold's format wins over detection.
  for await (const item of readInputs([gold.input], { format: gold.format ?? undefined })) {
    if (item.error) throw new GoldError('eval/input-unreadable', `its input ${item.error.location}: ${item.error.message} [${item.error.code}]`, gold.file)
    const input = { ...item.input, source: relative(process.cwd(), gold.input) || gold.input, id: gold.id }
    return scoreArticle(gold, toRecord(pipeline.run(input)))
  }
  throw new GoldError('eval/input-unreadable', `its input ${gold.input} holds no article`, gold.file)
}

/** Scores one analysis record against an article gold (pure; unit-tested with hand-built records). */
export function scoreArticle(gold: ArticleGold, rec: AnalysisRecord): ArticleResult {
  return {
    kind: 'article', file: gold.file, id: gold.id, input: gold.input, format: gold.format ?? rec.format,
    metadata: gold.metadata ? scoreMetadata(gold.metadata, rec) : null,
    entities: gold.entities ? scoreEntities(gold.entities, rec.entities) : null,
    quotes: gold.quotes ? scoreQuotes(gold.quotes, rec.quotes, rec.entities, gold.entities) : null,
    events: gold.events ? scoreEvents(gold.events, rec.events, gold.acceptable, gold.forbidden) : null,
    amounts: gold.amounts ? scoreAmounts(gold.amounts, rec.amounts) : null,
  }
}

function evaluateSentences(gold: SentenceSetGold, pipeline: Pipeline): SentenceSetResult {
  let counts: Counts = ZERO
  let unscored = 0
  const missed: SentenceSetResult['events']['missed'] = []
  const spurious: SentenceSetResult['events']['spurious'] = []
  for (const s of gold.sentences) {
    const t = s.date ? Date.parse(s.date) : Number.NaN
    const capturedAt = Number.isNaN(t) ? null : new Date(t).toISOString()
    const rec = toRecord(pipeline.run({ source: `${gold.file}#${s.id}`, content: s.text, format: 'text', id: s.id }, { capturedAt }))
    const r = scoreSentence(s.events, rec)
    counts = addCounts(counts, r.scores)
    unscored += r.unscored
    for (const g of r.missed) missed.push({ id: s.id, text: s.text, event: { sources: g.sources, targets: g.targets, types: g.types } })
    for (const triple of r.spurious) spurious.push({ id: s.id, text: s.text, triple })
  }
  return { kind: 'sentences', file: gold.file, sentences: gold.sentences.length, events: { scores: scores(counts), missed, spurious, unscored } }
}

/** One sentence of a sentence set: its events scored like an article's (no acceptable or forbidden lists). */
export function scoreSentence(events: SentenceSetGold['sentences'][number]['events'], rec: AnalysisRecord): EventScore {
  return scoreEvents(events, rec.events)
}

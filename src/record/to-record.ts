import type { Article } from '../article/index.js'
import type { Amount, ArticleMeta, CodedEvent, Entity, Message, Quote } from '../article/types.js'

/** The analysis record (../shared/gold/OUTPUT.md): what `analyze --json`, the API and the store emit. */
export interface AnalysisRecord {
  id: string
  source: string
  format: string
  text: string
  metadata: ArticleMeta
  paragraphs: { start: number; end: number; kind: string }[]
  sentences: { start: number; end: number }[]
  entities: Entity[]
  quotes: Quote[]
  events: CodedEvent[]
  amounts: Amount[]
  messages: Message[]
  pipeline: { stage: string; version: string; ms: number }[]
}

export const RECORD_VERSION = 1

export function toRecord(a: Article): AnalysisRecord {
  return {
    id: a.id,
    source: a.source,
    format: a.format,
    text: a.text,
    metadata: a.meta,
    paragraphs: (a.spans.paragraphs ?? []).map(({ start, end, kind }) => ({ start, end, kind })),
    sentences: (a.spans.sentences ?? []).map(({ start, end }) => ({ start, end })),
    entities: a.spans.entities ?? [],
    quotes: a.spans.quotes ?? [],
    events: a.spans.events ?? [],
    amounts: a.spans.amounts ?? [],
    messages: a.messages,
    pipeline: a.history.map((h) => ({ stage: h.stage, version: h.version, ms: Math.round(h.ms * 1000) / 1000 })),
  }
}

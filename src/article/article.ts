import type { Amount, ArticleMeta, CodedEvent, Entity, Message, MessageSeverity, Quote, Range } from './types.js'

/** How the input was written; detected by the readers or forced with --format. */
export type InputFormat = 'clip' | 'text' | 'markdown' | 'html'

/** What a reader hands to the pipeline: decoded text plus whatever metadata the container carried. */
export interface RawInput {
  source: string                       // path, URL or "-"
  content: string                      // decoded text (the reader did the byte → string work)
  format: InputFormat
  id?: string | null
  hints?: Partial<Pick<ArticleMeta, 'headline' | 'url' | 'outlet' | 'language'>> & {
    date?: string | null
    authors?: string[]
    section?: string | null
    fields?: Record<string, unknown>   // remaining JSON fields (topic, category, …)
  }
  messages?: Message[]                 // problems found while reading/decoding (e.g. input/encoding)
}

export interface Sentence extends Range { paragraph: number }
export interface Paragraph extends Range { kind: 'p' | 'quote' | 'heading' | 'list' }
/** Token offsets in flat typed arrays: cheap to build and to scan on the hot path. */
export interface Tokens { starts: Uint32Array; ends: Uint32Array; count: number }

export interface SpanLayers {
  paragraphs?: Paragraph[]
  sentences?: Sentence[]
  tokens?: Tokens
  entities?: Entity[]
  quotes?: Quote[]
  amounts?: Amount[]
  events?: CodedEvent[]
}

export interface StageRun { stage: string; version: string; ms: number }

export interface ArticleOptions {
  /** Reference time for relative dates ("10 HOURS AGO"); ISO string. */
  capturedAt?: string | null
}

/** The one record every stage receives and enriches (see ../shared/STYLE-ANCHORS.md §1). */
export interface Article {
  id: string
  source: string
  format: InputFormat
  raw: string
  text: string
  meta: ArticleMeta
  spans: SpanLayers
  /** Typed side data for stages (not annotations); stages extend ArticleData by interface merging. */
  data: ArticleData
  messages: Message[]
  history: StageRun[]
  options: ArticleOptions
}

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ArticleData { [key: string]: unknown }

export function emptyMeta(): ArticleMeta {
  return {
    section: null, headline: null, standfirst: null, captions: [], authors: [], contributors: [],
    published: { iso: null }, publisher: null, copyrightYear: null, dateline: null, language: null,
    url: null, outlet: null, gaps: [],
  }
}

export function createArticle(input: RawInput, options: ArticleOptions = {}): Article {
  return {
    id: input.id ?? '',
    source: input.source,
    format: input.format,
    raw: input.content,
    text: '',
    meta: emptyMeta(),
    spans: {},
    data: { input },
    messages: [...(input.messages ?? [])],
    history: [],
    options,
  }
}

export function addMessage(
  article: Article, code: string, reason: string,
  opts: { severity?: MessageSeverity; place?: Range | null; cause?: Range | null; stage?: string } = {},
): Message {
  const m: Message = { code, reason, severity: opts.severity ?? 'warning', place: opts.place ?? null, cause: opts.cause ?? null, stage: opts.stage }
  article.messages.push(m)
  return m
}

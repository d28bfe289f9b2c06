import type { AnalysisRecord } from '../record/index.js'

// The one interface both backends (SQLite, PostgreSQL) implement. The server (issue 8) and the
// queue workers (issue 9) code against it: keep it stable, change it only by adding.

export type StoreBackend = 'sqlite' | 'postgres'

/** What differs between backends, as data rather than `if (sqlite)` branches. */
export interface StoreCapabilities {
  backend: StoreBackend
  fullText: 'fts5' | 'tsvector'
  /** Several processes may write at once (PostgreSQL); SQLite has one writer at a time. */
  concurrentWriters: boolean
}

export interface PutArticleOptions {
  /** Idempotency key: sha-256 hex of the input content (see `contentHash`). */
  contentHash: string
  /** Outlet/source name; defaults to `record.metadata.outlet ?? record.metadata.publisher`. */
  outlet?: string | null
}

export interface PutArticleResult {
  id: number
  /** false when an article with the same content hash was already stored (nothing changed). */
  inserted: boolean
  events: number
  /** Near-duplicate cluster the article joined (the cluster id is its first article's id), or null. */
  cluster: number | null
}

export interface Page { limit?: number; offset?: number }
export interface PageOf<T> { items: T[]; total: number; limit: number; offset: number }

export interface ArticleSummary {
  id: number
  source: string
  outlet: string | null
  headline: string | null
  url: string | null
  published: string | null
  contentHash: string
  events: number
  quotes: number
  cluster: number | null
  ingestedAt: string
}
export interface StoredArticle extends ArticleSummary { record: AnalysisRecord }
export interface ArticleHit extends ArticleSummary {
  /** Plain-text excerpt around the match; matched words wrapped in `[` `]`. Untrusted: render as text. */
  snippet: string
}
export interface ArticleFilter { outlet?: string; from?: string; to?: string; cluster?: number }

/** Event filters shared by events, network, timeline and merged events. Dates are ISO `YYYY-MM-DD`, inclusive. */
export interface EventFilter {
  /** Actor code on either side (source or target). */
  actor?: string
  source?: string
  target?: string
  /** Both directions of a pair of actor codes. */
  dyad?: [string, string]
  /** PLOVER type(s). */
  type?: string | string[]
  quadClass?: number | number[]
  from?: string
  to?: string
  outlet?: string
  article?: number
}

export interface EventModality { negated: boolean; hypothetical: boolean; future: boolean; reported: boolean }

/** One stored event row: one (source actor, target actor) pair of one coded event (GDELT style). */
export interface StoredEvent {
  id: number
  articleId: number
  /** The event id inside the analysis record. */
  eventId: string
  type: string
  mode: string | null
  cameo: string
  quadClass: number
  goldstein: number
  source: string
  sourceName: string | null
  sourceCountry: string | null
  target: string
  targetName: string | null
  targetCountry: string | null
  date: string | null
  outlet: string | null
  modality: EventModality
  evidence: { text: string; start: number; end: number }
  rule: string
  location: string | null
  url: string | null
  headline: string | null
  /** PLOVER contexts of the event */
  context: string[]
  /** The merged event it belongs to (null for denied, hypothetical, undated or one-sided events). */
  merged: { id: number; numMentions: number; numArticles: number; numSources: number } | null
  /** When its article was stored (ISO). */
  addedAt: string
}

export interface NetworkFilter extends EventFilter { minCount?: number; maxEdges?: number }
export interface NetworkNode { id: string; name: string | null; country: string | null; events: number; asSource: number; asTarget: number }
export interface NetworkEdge {
  source: string
  target: string
  count: number
  meanGoldstein: number
  /** QuadClass 1–2 vs 3–4 */
  cooperation: number
  conflict: number
  byQuadClass: [number, number, number, number]
}
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[]; events: number }

export type TimeBucket = 'day' | 'week' | 'month'
export interface TimelinePoint { period: string; count: number; meanGoldstein: number; cooperation: number; conflict: number }

export interface QuoteFilter { speaker?: string; article?: number; q?: string }
export interface StoredQuote {
  id: number
  articleId: number
  text: string
  direct: boolean
  speakerName: string | null
  speakerEntity: string | null
  speakerCode: string | null
  cue: string | null
  start: number
  end: number
  headline: string | null
  published: string | null
  outlet: string | null
}

export interface ActorSummary { code: string; name: string | null; country: string | null; sector: string | null; events: number; articles: number }
export interface ActorDetail extends ActorSummary {
  names: string[]
  roles: { name: string; role: string; from: string | null; to: string | null }[]
  counterparts: { code: string; name: string | null; count: number; meanGoldstein: number }[]
  quotes: number
}

export interface DuplicateCluster {
  id: number
  size: number
  articles: { id: number; source: string; outlet: string | null; headline: string | null; published: string | null }[]
}

export interface MergedEventFilter extends EventFilter { minArticles?: number }
/** Events with the same (source, target, type) within the merge window, across articles. */
export interface MergedEvent {
  id: number
  source: string
  target: string
  type: string
  quadClass: number
  firstDate: string
  lastDate: string
  numMentions: number
  numArticles: number
  /** Distinct outlets, where all copies of one near-duplicate cluster count as one source. */
  numSources: number
  meanGoldstein: number
  evidence: { eventRow: number; articleId: number; eventId: string; text: string; start: number; end: number }[]
}

export interface Failure { id: number; location: string; code: string; reason: string; at: string }

export interface StoreStats {
  backend: StoreBackend
  articles: number
  events: number
  mergedEvents: number
  quotes: number
  actors: number
  clusters: number
  /** Articles that joined an earlier article's near-duplicate cluster. */
  duplicates: number
  failures: number
}

export interface Store {
  readonly capabilities: StoreCapabilities
  /** Path or URL it was opened with (passwords removed). */
  readonly location: string
  /** Applies pending migrations; returns the names applied. `openStore` already calls it. */
  migrate(): Promise<string[]>
  close(): Promise<void>

  /** Stores one analysed article with its events, quotes and actors in one transaction.
   *  Idempotent by content hash; updates duplicate clusters and merged events. */
  putArticle(record: AnalysisRecord, options: PutArticleOptions): Promise<PutArticleResult>
  /** Several articles in one transaction (fewer commits for batch ingest); same results as putting them one by one, in order. */
  putArticles(items: { record: AnalysisRecord; options: PutArticleOptions }[]): Promise<PutArticleResult[]>
  hasContentHash(contentHash: string): Promise<boolean>
  getArticle(id: number): Promise<StoredArticle | null>
  listArticles(filter?: ArticleFilter, page?: Page): Promise<PageOf<ArticleSummary>>
  searchArticles(query: string, page?: Page): Promise<PageOf<ArticleHit>>

  events(filter?: EventFilter, page?: Page): Promise<PageOf<StoredEvent>>
  /** Every matching event in id order, fetched in chunks (exports; no offset paging over millions). */
  streamEvents(filter?: EventFilter): AsyncIterable<StoredEvent>
  /** Every matching article with its record, in id order. */
  streamArticles(filter?: ArticleFilter): AsyncIterable<StoredArticle>
  network(filter?: NetworkFilter): Promise<Network>
  timeline(filter: EventFilter, bucket: TimeBucket): Promise<TimelinePoint[]>
  quotes(filter?: QuoteFilter, page?: Page): Promise<PageOf<StoredQuote>>
  actors(search?: string, page?: Page): Promise<PageOf<ActorSummary>>
  actor(code: string): Promise<ActorDetail | null>
  clusters(page?: Page): Promise<PageOf<DuplicateCluster>>
  mergedEvents(filter?: MergedEventFilter, page?: Page): Promise<PageOf<MergedEvent>>

  recordFailure(location: string, code: string, reason: string): Promise<void>
  failures(page?: Page): Promise<PageOf<Failure>>
  stats(): Promise<StoreStats>
}

export interface OpenStoreOptions {
  /** Merge window for merged events, in days either side (default 3). */
  mergeWindowDays?: number
  /** Near-duplicate threshold: estimated shingle containment (default 0.5). */
  duplicateContainment?: number
}

export const DEFAULT_DB = './entente.db'

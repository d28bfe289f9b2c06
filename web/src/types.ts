// Shapes the UI reads: the analysis record and the API's responses, imported as types from the server code.
export type { AnalysisRecord } from '../../src/record/to-record.ts'
export type { CodedEvent, Entity, Quote, Message } from '../../src/article/types.ts'
export type { ArticleHit, ArticleSummary, DuplicateCluster, PageOf, StoredArticle } from '../../src/store/store.ts'
export type { ActorPage, ArticleHits, ArticleList, ClusterList, EventRow, Network, NetworkNode, QuoteRow, SearchResult, Timeline } from '../../src/serve/api-schemas.ts'

/** The sixteen PLOVER event types, for filters. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const

export type NetworkEdge = Network['edges'][number]
import type { Network } from '../../src/serve/api-schemas.ts'

import type { Generated } from 'kysely'

// Table types for Kysely; one schema for both backends (booleans are 0/1 integers, dates ISO text).

export interface ArticlesTable {
  id: Generated<number>
  content_hash: string
  source: string
  outlet: string | null
  /** What counts as one source for merged events: the outlet, or the cluster's first outlet for near-duplicates. */
  source_unit: string
  headline: string | null
  url: string | null
  published: string | null
  day: string | null
  body: string
  /** The analysis record as JSON, without `text` (kept once, in `body`). */
  record: string
  sketch: string
  events: number
  quotes: number
  cluster_id: number | null
  ingested_at: string
}

export interface ArticleBucketsTable { bucket: number; article_id: number }

export interface EventsTable {
  id: Generated<number>
  article_id: number
  event_id: string
  type: string
  mode: string | null
  /** JSON array of PLOVER contexts */
  context: string
  cameo: string
  quad_class: number
  goldstein: number
  source: string
  source_name: string | null
  source_country: string | null
  target: string
  target_name: string | null
  target_country: string | null
  day: string | null
  outlet: string | null
  negated: number
  hypothetical: number
  future: number
  reported: number
  evidence_text: string
  evidence_start: number
  evidence_end: number
  rule: string
  location: string | null
  merged_id: number | null
}

export interface DyadDaysTable { source: string; target: string; day: string; type: string; quad_class: number; n: number; goldstein_sum: number }
/** The same counters per month (`month` = YYYY-MM-01) and per year (`year` = YYYY-01-01): whole months and years of a date range are read from these. */
export interface DyadYearsTable { source: string; target: string; year: string; type: string; quad_class: number; n: number; goldstein_sum: number }
export interface DyadMonthsTable { source: string; target: string; month: string; type: string; quad_class: number; n: number; goldstein_sum: number }

export interface ActorsTable { code: string; name: string | null; country: string | null; sector: string | null; events: number; articles: number }
export interface ActorNamesTable { code: string; name: string; role: string; role_from: string | null; role_to: string | null; n: number }

export interface QuotesTable {
  id: Generated<number>
  article_id: number
  text: string
  direct: number
  speaker_name: string | null
  speaker_entity: string | null
  speaker_code: string | null
  cue: string | null
  start_offset: number
  end_offset: number
}

export interface MergedEventsTable {
  id: Generated<number>
  /** source|target|type */
  merge_key: string
  source: string
  target: string
  type: string
  quad_class: number
  anchor_day: string
  first_day: string
  last_day: string
  num_mentions: number
  num_articles: number
  num_sources: number
  goldstein_sum: number
}

export interface FailuresTable { id: Generated<number>; location: string; code: string; reason: string; at: string }
export interface MigrationsTable { name: string; applied_at: string }

export interface StoreSchema {
  articles: ArticlesTable
  article_buckets: ArticleBucketsTable
  events: EventsTable
  dyad_days: DyadDaysTable
  dyad_months: DyadMonthsTable
  dyad_years: DyadYearsTable
  actors: ActorsTable
  actor_names: ActorNamesTable
  quotes: QuotesTable
  merged_events: MergedEventsTable
  failures: FailuresTable
  entente_migrations: MigrationsTable
}

import type { CreateTableBuilder, Kysely, Transaction } from 'kysely'
import type { Page, StoreCapabilities } from './store.js'
import type { StoreSchema } from './schema.js'

export type Db = Kysely<StoreSchema>
export type Trx = Transaction<StoreSchema>

/** Everything that differs between SQLite and PostgreSQL, behind one small interface. */
export interface StoreDialect {
  capabilities: StoreCapabilities
  /** An auto-increment integer primary key named `id`. */
  idColumn<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>
  /** Stores a table in its primary-key order (SQLite WITHOUT ROWID: one B-tree instead of two). */
  clusteredByKey<T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C>
  /** Full-text index DDL (migration). */
  createFullText(db: Db): Promise<void>
  dropFullText(db: Db): Promise<void>
  /** Adds one article to the full-text index inside the write transaction. */
  indexArticle(trx: Trx, id: number, headline: string | null, body: string): Promise<void>
  /** Matching article ids, best first, with a plain-text snippet (matches in [ ]). */
  searchArticles(db: Db, query: string, page: Required<Page>): Promise<{ hits: { id: number; snippet: string }[]; total: number }>
  /** Serialises the write transactions of concurrent writers (dedup clusters and merged events are
   *  read-then-write); a no-op where the database already has a single writer. */
  serializeWrites(trx: Trx): Promise<void>
}

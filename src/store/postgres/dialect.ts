import { sql } from 'kysely'
import type { StoreDialect } from '../dialect.js'

// An arbitrary constant key for the advisory lock that serialises entente's write transactions.
const WRITE_LOCK = 7_300_001

export const postgresDialect: StoreDialect = {
  capabilities: { backend: 'postgres', fullText: 'tsvector', concurrentWriters: true },
  idColumn: (t) => t.addColumn('id', 'serial', (c) => c.primaryKey()),
  clusteredByKey: (t) => t,
  async createFullText(db) {
    await sql`alter table articles add column search tsvector generated always as (to_tsvector('simple', coalesce(headline, '') || ' ' || body)) stored`.execute(db)
    await sql`create index articles_search on articles using gin (search)`.execute(db)
  },
  async dropFullText(db) { await sql`drop index if exists articles_search`.execute(db) },
  async indexArticle() { /* the generated tsvector column indexes the article on insert */ },
  async searchArticles(db, query, page) {
    if (!query.trim()) return { hits: [], total: 0 }
    const total = await sql<{ n: string }>`select count(*) as n from articles where search @@ plainto_tsquery('simple', ${query})`.execute(db)
    const rows = await sql<{ id: number; snippet: string }>`
      select id, ts_headline('simple', body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') as snippet
      from articles, plainto_tsquery('simple', ${query}) q
      where search @@ q order by ts_rank(search, q) desc, id limit ${page.limit} offset ${page.offset}`.execute(db)
    return { hits: rows.rows, total: Number(total.rows[0]?.n ?? 0) }
  },
  async serializeWrites(trx) {
    // Dedup clusters and merged events are read-then-write: concurrent workers take turns for the
    // (short) write transaction, so no update is lost; the analysis itself still runs in parallel.
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx)
  },
}

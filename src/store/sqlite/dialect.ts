import { sql } from 'kysely'
import type { StoreDialect } from '../dialect.js'
import { ftsQuery } from '../fts-query.js'

export const sqliteDialect: StoreDialect = {
  capabilities: { backend: 'sqlite', fullText: 'fts5', concurrentWriters: false },
  idColumn: (t) => t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  clusteredByKey: (t) => t.modifyEnd(sql`without rowid`),
  async createFullText(db) {
    // External-content FTS5 over articles.body: the text is stored once.
    await sql`create virtual table article_fts using fts5(headline, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db)
  },
  async dropFullText(db) { await sql`drop table if exists article_fts`.execute(db) },
  async indexArticle(trx, id, headline, body) {
    await sql`insert into article_fts(rowid, headline, body) values (${id}, ${headline ?? ''}, ${body})`.execute(trx)
  },
  async searchArticles(db, query, page) {
    const q = ftsQuery(query)
    if (!q) return { hits: [], total: 0 }
    const total = await sql<{ n: number }>`select count(*) as n from article_fts where article_fts match ${q}`.execute(db)
    const rows = await sql<{ id: number; snippet: string }>`
      select rowid as id, snippet(article_fts, 1, '[', ']', '…', 16) as snippet
      from article_fts where article_fts match ${q} order by rank limit ${page.limit} offset ${page.offset}`.execute(db)
    return { hits: rows.rows, total: Number(total.rows[0]?.n ?? 0) }
  },
  async serializeWrites(trx) {
    // Take the write lock at the start (like BEGIN IMMEDIATE): a deferred transaction that reads first
    // and upgrades later could fail with SQLITE_BUSY when another process writes; this one waits (busy_timeout).
    await sql`delete from entente_migrations where 1 = 0`.execute(trx)
  },
}

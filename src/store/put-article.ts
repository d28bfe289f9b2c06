import { bandKeys, encodeSketch, sketchText, type TextSketch } from '../dedup/index.js'
import type { AnalysisRecord } from '../record/index.js'
import type { Db, StoreDialect, Trx } from './dialect.js'
import { assignMerged, recountMerged } from './merged-events.js'
import { findDuplicate } from './near-duplicates.js'
import { actorFacts, dyadDays, eventRows, isoDay, quoteRows, recordJson } from './rows.js'
import type { PutArticleOptions, PutArticleResult } from './store.js'

export interface WriteSettings { mergeWindowDays: number; duplicateContainment: number }
/** Callers that already computed the sketch (ingest workers) pass it to keep the writer thread light. */
export interface PutArticleInternal extends PutArticleOptions { sketch?: TextSketch }

const CHUNK = 500

/** Writes one article and everything derived from it in ONE transaction: a crash leaves either all or nothing. */
export async function putArticle(db: Db, dialect: StoreDialect, settings: WriteSettings, record: AnalysisRecord, options: PutArticleInternal): Promise<PutArticleResult> {
  const existing = await findByHash(db, options.contentHash)
  if (existing) return existing
  const sketch = options.sketch ?? sketchText(record.text)
  const buckets = bandKeys(sketch)
  const outlet = options.outlet ?? record.metadata.outlet ?? record.metadata.publisher ?? null
  const rows = eventRows(record, outlet)
  const quotes = quoteRows(record)
  return db.transaction().execute(async (trx) => {
    await dialect.serializeWrites(trx)
    const raced = await findByHash(trx, options.contentHash)
    if (raced) return raced
    const dup = await findDuplicate(trx, sketch, buckets, settings.duplicateContainment)
    if (dup?.adopt) await trx.updateTable('articles').set({ cluster_id: dup.id }).where('id', '=', dup.id).execute()
    const { id } = await trx.insertInto('articles').values({
      content_hash: options.contentHash, source: record.source, outlet,
      source_unit: dup?.sourceUnit ?? (outlet ? `outlet:${outlet.toLowerCase()}` : `hash:${options.contentHash.slice(0, 16)}`),
      headline: record.metadata.headline, url: record.metadata.canonicalUrl ?? record.metadata.url,
      published: record.metadata.published?.iso ?? null, day: isoDay(record.metadata.published?.iso),
      body: record.text, record: recordJson(record), sketch: encodeSketch(sketch),
      events: rows.length, quotes: quotes.length, cluster_id: dup?.cluster ?? null, ingested_at: new Date().toISOString(),
    }).returning('id').executeTakeFirstOrThrow()
    await dialect.indexArticle(trx, id, record.metadata.headline, record.text)
    if (buckets.length) await trx.insertInto('article_buckets').values(buckets.map((bucket) => ({ bucket, article_id: id }))).execute()

    const merged = await assignMerged(trx, rows, settings.mergeWindowDays)
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx.insertInto('events').values(rows.slice(i, i + CHUNK).map((r, k) => ({ ...r, article_id: id, merged_id: merged[i + k] }))).execute()
    }
    await recountMerged(trx, [...new Set(merged.filter((m): m is number => m !== null))])
    await addAggregates(trx, record, rows)
    for (let i = 0; i < quotes.length; i += CHUNK) {
      await trx.insertInto('quotes').values(quotes.slice(i, i + CHUNK).map((q) => ({ ...q, article_id: id }))).execute()
    }
    return { id, inserted: true, events: rows.length, cluster: dup?.cluster ?? null }
  })
}

/** Pre-aggregated counters, maintained by atomic upserts (`n = n + excluded.n`): no lost updates. */
async function addAggregates(trx: Trx, record: AnalysisRecord, rows: ReturnType<typeof eventRows>): Promise<void> {
  for (const d of dyadDays(rows)) {
    await trx.insertInto('dyad_days').values(d)
      .onConflict((oc) => oc.columns(['source', 'target', 'day', 'quad_class']).doUpdateSet((eb) => ({
        n: eb('dyad_days.n', '+', eb.ref('excluded.n')),
        goldstein_sum: eb('dyad_days.goldstein_sum', '+', eb.ref('excluded.goldstein_sum')),
      }))).execute()
  }
  const { actors, names } = actorFacts(record, rows)
  for (const a of actors) {
    await trx.insertInto('actors').values({ ...a, articles: 1 })
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
        events: eb('actors.events', '+', eb.ref('excluded.events')),
        articles: eb('actors.articles', '+', 1),
        name: eb.fn.coalesce('actors.name', eb.ref('excluded.name')),
        country: eb.fn.coalesce('actors.country', eb.ref('excluded.country')),
        sector: eb.fn.coalesce('actors.sector', eb.ref('excluded.sector')),
      }))).execute()
  }
  for (const n of names) {
    await trx.insertInto('actor_names').values({ ...n, n: 1 })
      .onConflict((oc) => oc.columns(['code', 'name', 'role']).doUpdateSet((eb) => ({ n: eb('actor_names.n', '+', 1) }))).execute()
  }
}

async function findByHash(db: Db | Trx, hash: string): Promise<PutArticleResult | null> {
  const row = await db.selectFrom('articles').select(['id', 'events', 'cluster_id']).where('content_hash', '=', hash).executeTakeFirst()
  return row ? { id: row.id, inserted: false, events: row.events, cluster: row.cluster_id } : null
}

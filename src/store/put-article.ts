import { bandKeys, encodeSketch, sketchText, type TextSketch } from '../dedup/index.js'
import type { AnalysisRecord } from '../record/index.js'
import { checkRecord } from './check-record.js'
import { searchKeys, weekKeys, weekOf } from './time-buckets.js'
import type { Db, StoreDialect, Trx } from './dialect.js'
import { assignMerged, recountMerged } from './merged-events.js'
import { findDuplicate } from './near-duplicates.js'
import { actorFacts, dyadDays, eventRows, isoDay, quoteRows, recordJson, type ActorFacts, type ActorName, type DyadDay, type EventRow, type QuoteRow } from './rows.js'
import type { PutArticleOptions, PutArticleResult } from './store.js'

export interface WriteSettings { mergeWindowDays: number; duplicateContainment: number }
/** Callers that already computed the sketch (ingest workers) pass it to keep the writer thread light. */
export interface PutArticleInternal extends PutArticleOptions { sketch?: TextSketch }
export interface PutItem { record: AnalysisRecord; options: PutArticleInternal }

const CHUNK = 400
// 27 columns a row: stays under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters
const EVENT_CHUNK = 1000

/** Writes articles and everything derived from them in ONE transaction: a crash leaves all or nothing.
 *  Articles are processed in order, so a batch stores exactly what one-by-one puts would store. */
export async function putArticles(db: Db, dialect: StoreDialect, settings: WriteSettings, items: PutItem[]): Promise<PutArticleResult[]> {
  const prepared = items.map(({ record, options }) => {
    checkRecord(record, record?.source ?? options.contentHash)
    const sketch = options.sketch ?? sketchText(record.text)
    const outlet = options.outlet ?? record.metadata.outlet ?? record.metadata.publisher ?? null
    const week = weekOf(isoDay(record.metadata?.published?.iso))
    const bands = bandKeys(sketch)
    return { record, hash: options.contentHash, sketch, buckets: weekKeys(week, bands), search: searchKeys(week, bands), outlet, rows: eventRows(record, outlet), quotes: quoteRows(record) }
  })
  return db.transaction().execute(async (trx) => {
    await dialect.serializeWrites(trx)
    const results: PutArticleResult[] = []
    const done = new Map<string, PutArticleResult>()
    const agg = new Aggregates()
    const stored: { id: number; rows: EventRow[]; quotes: QuoteRow[] }[] = []
    for (const p of prepared) {
      const known = done.get(p.hash) ?? await findByHash(trx, p.hash)
      if (known) { results.push({ ...known, inserted: false }); continue }
      const dup = await findDuplicate(trx, p.sketch, p.search, settings.duplicateContainment)
      if (dup?.adopt) await trx.updateTable('articles').set({ cluster_id: dup.id }).where('id', '=', dup.id).execute()
      const meta = p.record.metadata
      const { id } = await trx.insertInto('articles').values({
        content_hash: p.hash, source: p.record.source, outlet: p.outlet,
        source_unit: dup?.sourceUnit ?? (p.outlet ? `outlet:${p.outlet.toLowerCase()}` : `hash:${p.hash.slice(0, 16)}`),
        headline: meta.headline, url: meta.canonicalUrl ?? meta.url, published: meta.published?.iso ?? null, day: isoDay(meta.published?.iso),
        body: p.record.text, record: recordJson(p.record), sketch: encodeSketch(p.sketch),
        events: p.rows.length, quotes: p.quotes.length, cluster_id: dup?.cluster ?? null, ingested_at: new Date().toISOString(),
      }).returning('id').executeTakeFirstOrThrow()
      await dialect.indexArticle(trx, id, meta.headline, p.record.text)
      if (p.buckets.length) await trx.insertInto('article_buckets').values(p.buckets.map((bucket) => ({ bucket, article_id: id }))).execute()
      agg.add(p.record, p.rows)
      stored.push({ id, rows: p.rows, quotes: p.quotes })
      const result = { id, inserted: true, events: p.rows.length, cluster: dup?.cluster ?? null }
      done.set(p.hash, result)
      results.push(result)
    }
    // events and quotes of the whole batch in a few multi-row inserts
    const rows = stored.flatMap((a) => a.rows.map((r) => ({ ...r, article_id: a.id })))
    const merged = await assignMerged(trx, rows, settings.mergeWindowDays)
    const events = rows.map((r, i) => ({ ...r, merged_id: merged[i] ?? null }))
    for (const chunk of chunks(events, EVENT_CHUNK)) await trx.insertInto('events').values(chunk).execute()
    const quotes = stored.flatMap((a) => a.quotes.map((q) => ({ ...q, article_id: a.id })))
    for (const chunk of chunks(quotes, CHUNK)) await trx.insertInto('quotes').values(chunk).execute()
    await recountMerged(trx, [...new Set(merged.filter((m): m is number => m !== null))])
    await agg.write(trx)
    return results
  })
}

/** Counters summed over the batch, then written with atomic upserts (`n = n + excluded.n`): no lost updates. */
class Aggregates {
  private dyads = new Map<string, DyadDay>()
  private months = new Map<string, DyadDay>()
  private years = new Map<string, DyadDay>()
  private actors = new Map<string, ActorFacts & { articles: number }>()
  private names = new Map<string, ActorName & { n: number }>()

  add(record: AnalysisRecord, rows: ReturnType<typeof eventRows>): void {
    for (const d of dyadDays(rows)) {
      const key = `${d.source}\u0000${d.target}\u0000${d.day}\u0000${d.type}\u0000${d.quad_class}`
      const o = this.dyads.get(key)
      if (o) { o.n += d.n; o.goldstein_sum += d.goldstein_sum } else this.dyads.set(key, { ...d })
      addTo(this.months, d, `${d.day.slice(0, 7)}-01`)
      addTo(this.years, d, `${d.day.slice(0, 4)}-01-01`)
    }
    const { actors, names } = actorFacts(record, rows)
    for (const a of actors) {
      const o = this.actors.get(a.code)
      if (o) { o.events += a.events; o.articles++; o.name ??= a.name; o.country ??= a.country; o.sector ??= a.sector } else this.actors.set(a.code, { ...a, articles: 1 })
    }
    for (const n of names) {
      const key = `${n.code}\u0000${n.name}\u0000${n.role}`
      const o = this.names.get(key)
      if (o) o.n++; else this.names.set(key, { ...n, n: 1 })
    }
  }

  async write(trx: Trx): Promise<void> {
    for (const chunk of chunks([...this.dyads.values()])) {
      await trx.insertInto('dyad_days').values(chunk).onConflict((oc) => oc.columns(['source', 'target', 'day', 'type', 'quad_class']).doUpdateSet((eb) => ({
        n: eb('dyad_days.n', '+', eb.ref('excluded.n')),
        goldstein_sum: eb('dyad_days.goldstein_sum', '+', eb.ref('excluded.goldstein_sum')),
      }))).execute()
    }
    for (const chunk of chunks([...this.months.values()].map(({ day, ...m }) => ({ ...m, month: day })))) {
      await trx.insertInto('dyad_months').values(chunk).onConflict((oc) => oc.columns(['source', 'target', 'month', 'type', 'quad_class']).doUpdateSet((eb) => ({
        n: eb('dyad_months.n', '+', eb.ref('excluded.n')),
        goldstein_sum: eb('dyad_months.goldstein_sum', '+', eb.ref('excluded.goldstein_sum')),
      }))).execute()
    }
    for (const chunk of chunks([...this.years.values()].map(({ day, ...m }) => ({ ...m, year: day })))) {
      await trx.insertInto('dyad_years').values(chunk).onConflict((oc) => oc.columns(['source', 'target', 'year', 'type', 'quad_class']).doUpdateSet((eb) => ({
        n: eb('dyad_years.n', '+', eb.ref('excluded.n')),
        goldstein_sum: eb('dyad_years.goldstein_sum', '+', eb.ref('excluded.goldstein_sum')),
      }))).execute()
    }
    for (const chunk of chunks([...this.actors.values()])) {
      await trx.insertInto('actors').values(chunk).onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
        events: eb('actors.events', '+', eb.ref('excluded.events')),
        articles: eb('actors.articles', '+', eb.ref('excluded.articles')),
        name: eb.fn.coalesce('actors.name', eb.ref('excluded.name')),
        country: eb.fn.coalesce('actors.country', eb.ref('excluded.country')),
        sector: eb.fn.coalesce('actors.sector', eb.ref('excluded.sector')),
      }))).execute()
    }
    for (const chunk of chunks([...this.names.values()])) {
      await trx.insertInto('actor_names').values(chunk).onConflict((oc) => oc.columns(['code', 'name', 'role']).doUpdateSet((eb) => ({
        n: eb('actor_names.n', '+', eb.ref('excluded.n')),
      }))).execute()
    }
  }
}

/** Adds a per-day sum into a coarser period's map (the period's start day as `day`). */
function addTo(map: Map<string, DyadDay>, d: DyadDay, period: string): void {
  const key = `${d.source}\u0000${d.target}\u0000${period}\u0000${d.type}\u0000${d.quad_class}`
  const o = map.get(key)
  if (o) { o.n += d.n; o.goldstein_sum += d.goldstein_sum } else map.set(key, { ...d, day: period })
}

function* chunks<T>(xs: T[], size = CHUNK): Generator<T[]> { for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size) }

async function findByHash(db: Db | Trx, hash: string): Promise<PutArticleResult | null> {
  const row = await db.selectFrom('articles').select(['id', 'events', 'cluster_id']).where('content_hash', '=', hash).executeTakeFirst()
  return row ? { id: row.id, inserted: false, events: row.events, cluster: row.cluster_id } : null
}

import { sql, type SelectQueryBuilder } from 'kysely'
import type { StoreSchema } from './schema.js'
import type { AnalysisRecord } from '../record/index.js'
import type { Db, StoreDialect } from './dialect.js'
import { migrate } from './migrations/index.js'
import { putArticles, type PutArticleInternal, type PutItem, type WriteSettings } from './put-article.js'
import { pageOf, whereEvents } from './queries/event-filter.js'
import { queryNetwork } from './queries/network.js'
import { ARTICLE_SUMMARY_COLUMNS, toArticleSummary, toStoredEvent, toStoredQuote } from './queries/rows-out.js'
import { queryTimeline } from './queries/timeline.js'
import type {
  ActorDetail, ActorSummary, ArticleFilter, ArticleHit, ArticleSummary, DuplicateCluster, EventFilter, Failure, MergedEvent,
  MergedEventFilter, Network, NetworkFilter, Page, PageOf, PutArticleResult, QuoteFilter, Store, StoredArticle, StoredEvent,
  StoredQuote, StoreStats, TimeBucket, TimelinePoint,
} from './store.js'

const num = (v: unknown) => Number(v ?? 0)
const STREAM_CHUNK = 2000

/** Event rows with their article's url, headline and ingest time and their merged event's counters. */
function withEventDetails<O>(q: SelectQueryBuilder<StoreSchema, 'events', O>) {
  return q.selectAll('events').select((eb) => [
    eb.selectFrom('articles').select('url').whereRef('articles.id', '=', 'events.article_id').as('url'),
    eb.selectFrom('articles').select('headline').whereRef('articles.id', '=', 'events.article_id').as('headline'),
    eb.selectFrom('articles').select('ingested_at').whereRef('articles.id', '=', 'events.article_id').as('added_at'),
    eb.selectFrom('merged_events').select('num_mentions').whereRef('merged_events.id', '=', 'events.merged_id').as('m_mentions'),
    eb.selectFrom('merged_events').select('num_articles').whereRef('merged_events.id', '=', 'events.merged_id').as('m_articles'),
    eb.selectFrom('merged_events').select('num_sources').whereRef('merged_events.id', '=', 'events.merged_id').as('m_sources'),
  ])
}

/** The Store, written once over Kysely; backend differences live in the dialect. */
export class KyselyStore implements Store {
  readonly capabilities
  constructor(readonly db: Db, private readonly dialect: StoreDialect, readonly location: string, private readonly settings: WriteSettings) {
    this.capabilities = dialect.capabilities
  }

  migrate(): Promise<string[]> { return migrate(this.db, this.dialect) }
  async close(): Promise<void> { await this.db.destroy() }

  async putArticle(record: AnalysisRecord, options: PutArticleInternal): Promise<PutArticleResult> {
    const known = await this.findResult(options.contentHash)
    if (known) return known
    return (await putArticles(this.db, this.dialect, this.settings, [{ record, options }]))[0]!
  }

  putArticles(items: PutItem[]): Promise<PutArticleResult[]> {
    return items.length ? putArticles(this.db, this.dialect, this.settings, items) : Promise.resolve([])
  }

  private async findResult(hash: string): Promise<PutArticleResult | null> {
    const r = await this.db.selectFrom('articles').select(['id', 'events', 'cluster_id']).where('content_hash', '=', hash).executeTakeFirst()
    return r ? { id: Number(r.id), inserted: false, events: Number(r.events), cluster: r.cluster_id == null ? null : Number(r.cluster_id) } : null
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return !!(await this.db.selectFrom('articles').select('id').where('content_hash', '=', hash).executeTakeFirst())
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = await this.db.selectFrom('articles').select([...ARTICLE_SUMMARY_COLUMNS, 'body', 'record']).where('id', '=', id).executeTakeFirst()
    if (!r) return null
    return { ...toArticleSummary(r), record: { ...JSON.parse(r.record), text: r.body } as AnalysisRecord }
  }

  async listArticles(f: ArticleFilter = {}, p?: Page): Promise<PageOf<ArticleSummary>> {
    const page = pageOf(p)
    let q = this.db.selectFrom('articles')
    if (f.outlet) q = q.where('outlet', '=', f.outlet)
    if (f.from) q = q.where('day', '>=', f.from.slice(0, 10))
    if (f.to) q = q.where('day', '<=', f.to.slice(0, 10))
    if (f.cluster !== undefined) q = q.where('cluster_id', '=', f.cluster)
    const [rows, total] = await Promise.all([
      q.select([...ARTICLE_SUMMARY_COLUMNS]).orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    return { items: rows.map(toArticleSummary), total: num(total.n), ...page }
  }

  async searchArticles(query: string, p?: Page): Promise<PageOf<ArticleHit>> {
    const page = pageOf(p, 20)
    const { hits, total } = await this.dialect.searchArticles(this.db, query, page)
    if (!hits.length) return { items: [], total, ...page }
    const rows = await this.db.selectFrom('articles').select([...ARTICLE_SUMMARY_COLUMNS]).where('id', 'in', hits.map((h) => h.id)).execute()
    const byId = new Map(rows.map((r) => [Number(r.id), toArticleSummary(r)]))
    return { items: hits.flatMap((h) => { const a = byId.get(Number(h.id)); return a ? [{ ...a, snippet: h.snippet }] : [] }), total, ...page }
  }

  async events(f: EventFilter = {}, p?: Page): Promise<PageOf<StoredEvent>> {
    const page = pageOf(p)
    const base = whereEvents(this.db.selectFrom('events'), f, 'events')!
    const [rows, total] = await Promise.all([
      // Page the bare rows first, then add the per-row details: otherwise the detail subqueries run for
      // every matching row before the sort (an actor with thousands of events took ~200 ms instead of ~5).
      withEventDetails(this.db.selectFrom('events').where('id', 'in', base.select('id').orderBy('day', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset)))
        .orderBy('day', 'desc').orderBy('id', 'desc').execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    return { items: rows.map(toStoredEvent), total: num(total.n), ...page }
  }

  async *streamEvents(f: EventFilter = {}): AsyncIterable<StoredEvent> {
    for (let after = 0; ;) {
      const rows = await withEventDetails(whereEvents(this.db.selectFrom('events'), f, 'events')!.where('id', '>', after)).orderBy('id').limit(STREAM_CHUNK).execute()
      for (const r of rows) yield toStoredEvent(r)
      if (rows.length < STREAM_CHUNK) return
      after = Number(rows[rows.length - 1]!.id)
    }
  }

  async *streamArticles(f: ArticleFilter = {}): AsyncIterable<StoredArticle> {
    for (let after = 0; ;) {
      let q = this.db.selectFrom('articles').select([...ARTICLE_SUMMARY_COLUMNS, 'body', 'record']).where('id', '>', after)
      if (f.outlet) q = q.where('outlet', '=', f.outlet)
      if (f.from) q = q.where('day', '>=', f.from.slice(0, 10))
      if (f.to) q = q.where('day', '<=', f.to.slice(0, 10))
      if (f.cluster !== undefined) q = q.where('cluster_id', '=', f.cluster)
      const rows = await q.orderBy('id').limit(200).execute()
      for (const r of rows) yield { ...toArticleSummary(r), record: { ...JSON.parse(r.record), text: r.body } as AnalysisRecord }
      if (rows.length < 200) return
      after = Number(rows[rows.length - 1]!.id)
    }
  }

  network(f: NetworkFilter = {}): Promise<Network> { return queryNetwork(this.db, f) }
  timeline(f: EventFilter, bucket: TimeBucket): Promise<TimelinePoint[]> { return queryTimeline(this.db, f, bucket) }

  async quotes(f: QuoteFilter = {}, p?: Page): Promise<PageOf<StoredQuote>> {
    const page = pageOf(p)
    let q = this.db.selectFrom('quotes').innerJoin('articles', 'articles.id', 'quotes.article_id')
    if (f.speaker) {
      const s = f.speaker
      q = q.where((eb) => eb.or([eb('quotes.speaker_code', '=', s), eb('quotes.speaker_entity', '=', s), eb(eb.fn('lower', ['quotes.speaker_name']), 'like', `%${s.toLowerCase()}%`)]))
    }
    if (f.article !== undefined) q = q.where('quotes.article_id', '=', f.article)
    if (f.q) q = q.where(eb => eb(eb.fn('lower', ['quotes.text']), 'like', `%${f.q!.toLowerCase()}%`))
    const [rows, total] = await Promise.all([
      q.selectAll('quotes').select(['articles.headline', 'articles.published', 'articles.outlet'])
        .orderBy('quotes.id', 'desc').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    return { items: rows.map(toStoredQuote), total: num(total.n), ...page }
  }

  async actors(search?: string, p?: Page): Promise<PageOf<ActorSummary>> {
    const page = pageOf(p)
    let q = this.db.selectFrom('actors')
    if (search?.trim()) {
      const s = search.trim().toLowerCase()
      q = q.where((eb) => eb.or([
        eb(eb.fn('lower', ['code']), 'like', `${s}%`), eb(eb.fn('lower', ['name']), 'like', `%${s}%`),
        eb('code', 'in', eb.selectFrom('actor_names').select('actor_names.code').where((e2) => e2(e2.fn('lower', ['actor_names.name']), 'like', `%${s}%`))),
      ]))
    }
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('events', 'desc').orderBy('code').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    return { items: rows.map((r) => ({ ...r, events: num(r.events), articles: num(r.articles) })), total: num(total.n), ...page }
  }

  async actor(code: string): Promise<ActorDetail | null> {
    const a = await this.db.selectFrom('actors').selectAll().where('code', '=', code).executeTakeFirst()
    if (!a) return null
    const [names, out, inc, quotes] = await Promise.all([
      this.db.selectFrom('actor_names').selectAll().where('code', '=', code).orderBy('n', 'desc').limit(100).execute(),
      this.db.selectFrom('dyad_days').select(['target as other', sql<number>`sum(n)`.as('n'), sql<number>`sum(goldstein_sum)`.as('g')]).where('source', '=', code).groupBy('target').execute(),
      this.db.selectFrom('dyad_days').select(['source as other', sql<number>`sum(n)`.as('n'), sql<number>`sum(goldstein_sum)`.as('g')]).where('target', '=', code).groupBy('source').execute(),
      this.db.selectFrom('quotes').select((eb) => eb.fn.countAll().as('n')).where('speaker_code', '=', code).executeTakeFirstOrThrow(),
    ])
    const counter = new Map<string, { n: number; g: number }>()
    for (const r of [...out, ...inc]) {
      const c = counter.get(r.other) ?? { n: 0, g: 0 }
      c.n += num(r.n); c.g += num(r.g); counter.set(r.other, c)
    }
    const top = [...counter.entries()].sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0])).slice(0, 50)
    const others = top.length ? await this.db.selectFrom('actors').select(['code', 'name']).where('code', 'in', top.map(([c]) => c)).execute() : []
    const nameOf = new Map(others.map((o) => [o.code, o.name]))
    return {
      ...a, events: num(a.events), articles: num(a.articles),
      names: [...new Set(names.map((n) => n.name))],
      roles: names.filter((n) => n.role).map((n) => ({ name: n.name, role: n.role, from: n.role_from, to: n.role_to })),
      counterparts: top.map(([c, v]) => ({ code: c, name: nameOf.get(c) ?? null, count: v.n, meanGoldstein: Math.round((v.g / v.n) * 100) / 100 })),
      quotes: num(quotes.n),
    }
  }

  async clusters(p?: Page): Promise<PageOf<DuplicateCluster>> {
    const page = pageOf(p)
    const base = this.db.selectFrom('articles').where('cluster_id', 'is not', null)
    const [ids, total] = await Promise.all([
      base.select(['cluster_id', sql<number>`count(*)`.as('n')]).groupBy('cluster_id').orderBy('cluster_id').limit(page.limit).offset(page.offset).execute(),
      this.db.selectFrom(base.select('cluster_id').distinct().as('c')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    const members = ids.length ? await this.db.selectFrom('articles').select(['id', 'source', 'outlet', 'headline', 'published', 'cluster_id'])
      .where('cluster_id', 'in', ids.map((i) => i.cluster_id!)).orderBy('id').execute() : []
    return {
      items: ids.map((c) => ({
        id: num(c.cluster_id), size: num(c.n),
        articles: members.filter((m) => m.cluster_id === c.cluster_id).map(({ cluster_id: _c, ...m }) => ({ ...m, id: num(m.id) })),
      })),
      total: num(total.n), ...page,
    }
  }

  async mergedEvents(f: MergedEventFilter = {}, p?: Page): Promise<PageOf<MergedEvent>> {
    const page = pageOf(p)
    let q = this.db.selectFrom('merged_events').where('num_mentions', '>', 0)
    if (f.actor) q = q.where((eb) => eb.or([eb('source', '=', f.actor!), eb('target', '=', f.actor!)]))
    if (f.source) q = q.where('source', '=', f.source)
    if (f.target) q = q.where('target', '=', f.target)
    if (f.dyad) { const [a, b] = f.dyad; q = q.where((eb) => eb.or([eb.and([eb('source', '=', a), eb('target', '=', b)]), eb.and([eb('source', '=', b), eb('target', '=', a)])])) }
    const types = f.type === undefined ? [] : Array.isArray(f.type) ? f.type : [f.type]
    if (types.length) q = q.where('type', 'in', types)
    const quads = f.quadClass === undefined ? [] : Array.isArray(f.quadClass) ? f.quadClass : [f.quadClass]
    if (quads.length) q = q.where('quad_class', 'in', quads)
    if (f.from) q = q.where('last_day', '>=', f.from.slice(0, 10))
    if (f.to) q = q.where('first_day', '<=', f.to.slice(0, 10))
    if (f.minArticles) q = q.where('num_articles', '>=', f.minArticles)
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('num_articles', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    const ev = rows.length ? await this.db.selectFrom('events').select(['id', 'merged_id', 'article_id', 'event_id', 'evidence_text', 'evidence_start', 'evidence_end'])
      .where('merged_id', 'in', rows.map((r) => r.id)).orderBy('id').execute() : []
    return {
      items: rows.map((r) => ({
        id: num(r.id), source: r.source, target: r.target, type: r.type, quadClass: num(r.quad_class),
        firstDate: r.first_day, lastDate: r.last_day, numMentions: num(r.num_mentions), numArticles: num(r.num_articles), numSources: num(r.num_sources),
        meanGoldstein: Math.round((num(r.goldstein_sum) / Math.max(1, num(r.num_mentions))) * 100) / 100,
        evidence: ev.filter((e) => e.merged_id === r.id).map((e) => ({ eventRow: num(e.id), articleId: num(e.article_id), eventId: e.event_id, text: e.evidence_text, start: num(e.evidence_start), end: num(e.evidence_end) })),
      })),
      total: num(total.n), ...page,
    }
  }

  async recordFailure(location: string, code: string, reason: string): Promise<void> {
    await this.db.insertInto('failures').values({ location, code, reason, at: new Date().toISOString() }).execute()
  }

  async failures(p?: Page): Promise<PageOf<Failure>> {
    const page = pageOf(p)
    const [rows, total] = await Promise.all([
      this.db.selectFrom('failures').selectAll().orderBy('id').limit(page.limit).offset(page.offset).execute(),
      this.db.selectFrom('failures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ])
    return { items: rows.map((r) => ({ ...r, id: num(r.id) })), total: num(total.n), ...page }
  }

  async stats(): Promise<StoreStats> {
    const count = async (t: 'articles' | 'events' | 'quotes' | 'actors' | 'failures' | 'merged_events') =>
      num((await this.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    const [articles, events, quotes, actors, failures, mergedEvents, clusters, inClusters] = await Promise.all([
      count('articles'), count('events'), count('quotes'), count('actors'), count('failures'), count('merged_events'),
      this.db.selectFrom('articles').select(sql<number>`count(distinct cluster_id)`.as('n')).executeTakeFirstOrThrow(),
      this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('cluster_id', 'is not', null).executeTakeFirstOrThrow(),
    ])
    return {
      backend: this.capabilities.backend, articles, events, quotes, actors, failures, mergedEvents,
      clusters: num(clusters.n), duplicates: num(inClusters.n) - num(clusters.n),
    }
  }
}

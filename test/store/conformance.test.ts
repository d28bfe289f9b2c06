import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHash, openStore, type Store } from '../../src/store/index.js'
import { BACKENDS } from './backends.js'
import { FLOOD_TEXT, GAS_COPY, GAS_TEXT, makeRecord, TRADE_TEXT } from './records.js'

// ONE suite, run against every backend: both must behave identically.
for (const makeBackend of BACKENDS) {
  const backend = makeBackend()
  describe.skipIf(!backend.available)(`store conformance: ${backend.name}`, () => {
    let store: Store
    const hash = (t: string) => contentHash({ content: t })
    const gas = makeRecord({ id: 'gas', text: GAS_TEXT, outlet: 'Kessan Herald', published: '2024-03-05T09:00:00Z', headline: 'Arvelia and Borduin sign pipeline deal',
      events: [{ source: 'ARVGOV', target: 'BDNGOV', type: 'AGREE', quadClass: 1, goldstein: 4, evidence: 'signed a twenty-year pipeline agreement' }],
      quotes: [{ text: 'This agreement opens a new chapter between our peoples', speaker: 'Tomas Reyk', code: 'ARVGOV' }] })
    const gasCopy = makeRecord({ id: 'gas-copy', text: GAS_COPY, outlet: 'Daily Courier', published: '2024-03-05T11:00:00Z', headline: 'Pipeline deal signed',
      events: [{ source: 'ARVGOV', target: 'BDNGOV', type: 'AGREE', quadClass: 1, goldstein: 4, evidence: 'signed a twenty-year pipeline agreement' }] })
    const flood = makeRecord({ id: 'flood', text: FLOOD_TEXT, outlet: 'Ostmark Post', published: '2024-03-06T07:00:00Z', headline: 'Thousands evacuated as Lenne floods',
      events: [
        { source: 'BDNGOV', target: 'OSTGOV', type: 'AID', quadClass: 2, goldstein: 7, evidence: 'sent two army helicopters' },
        // a later article about the same pipeline deal, another outlet: merges with the first two
        { source: 'ARVGOV', target: 'BDNGOV', type: 'AGREE', quadClass: 1, goldstein: 4, date: '2024-03-07', evidence: 'request of the Ostmark interior ministry' },
        { source: 'OSTGOV', target: 'BDNGOV', type: 'AID', quadClass: 2, goldstein: 7, negated: true, evidence: 'We are grateful' },
      ],
      quotes: [{ text: 'We are grateful for the swift help from our neighbours', speaker: 'Hanna Vell', code: 'OSTGOV' }] })
    const trade = makeRecord({ id: 'trade', text: TRADE_TEXT, outlet: 'Marrow Times', published: '2024-04-12T10:00:00Z', headline: 'Arvelia slaps tariffs on Borduin steel',
      events: [
        { source: 'ARVGOV', target: 'BDNGOV', type: 'SANCTION', quadClass: 4, goldstein: -5, evidence: 'imposed sweeping tariffs' },
        { source: 'ARVGOV', target: 'BDNGOV', type: 'AGREE', quadClass: 1, goldstein: 4, evidence: 'file a complaint' },
      ] })

    beforeAll(async () => {
      store = await openStore(await backend.fresh('conformance'))
      for (const r of [gas, gasCopy, flood, trade]) await store.putArticle(r, { contentHash: hash(r.text) })
    }, 120_000)
    afterAll(async () => { await store?.close(); await backend.stop() })

    it('reports its capabilities', () => {
      expect(store.capabilities.backend).toBe(backend.name)
      expect(store.capabilities.fullText).toBe(backend.name === 'sqlite' ? 'fts5' : 'tsvector')
    })

    it('is idempotent by content hash: a second put changes nothing', async () => {
      const before = await store.stats()
      const again = await store.putArticle(gas, { contentHash: hash(gas.text) })
      expect(again.inserted).toBe(false)
      expect(await store.stats()).toEqual(before)
      expect(await store.hasContentHash(hash(gas.text))).toBe(true)
      expect(await store.hasContentHash(hash('never stored'))).toBe(false)
      expect(before.articles).toBe(4)
      expect(before.events).toBe(7)
    })

    it('migrating twice applies nothing', async () => {
      expect(await store.migrate()).toEqual([])
    })

    it('round-trips the analysis record', async () => {
      const list = await store.listArticles({}, { limit: 10 })
      const flooded = list.items.find((a) => a.headline === flood.metadata.headline)!
      const got = await store.getArticle(flooded.id)
      expect(got?.record).toEqual(flood)
      expect(await store.getArticle(999_999)).toBeNull()
      expect((await store.listArticles({ outlet: 'Marrow Times' })).items.map((a) => a.headline)).toEqual([trade.metadata.headline])
      expect((await store.listArticles({ from: '2024-03-06', to: '2024-03-31' })).total).toBe(1)
    })

    it('clusters the syndicated copy with its original and keeps independent reports apart', async () => {
      const clusters = await store.clusters()
      expect(clusters.total).toBe(1)
      expect(clusters.items[0]!.articles.map((a) => a.headline).sort()).toEqual([gas.metadata.headline, gasCopy.metadata.headline].sort())
      const stats = await store.stats()
      expect(stats.duplicates).toBe(1)
      expect(stats.clusters).toBe(1)
    })

    it('merges the same (source, target, type) within the window; copies of one story count as one source', async () => {
      const merged = await store.mergedEvents({ dyad: ['ARVGOV', 'BDNGOV'], type: 'AGREE' })
      // 5, 5 and 7 March merge; 12 April stays apart
      expect(merged.items.map((m) => [m.firstDate, m.lastDate, m.numMentions, m.numArticles, m.numSources])).toEqual([
        ['2024-03-05', '2024-03-07', 3, 3, 2],
        ['2024-04-12', '2024-04-12', 1, 1, 1],
      ])
      expect(merged.items[0]!.evidence).toHaveLength(3)
      expect(merged.items[0]!.evidence.every((e) => e.text.length > 0)).toBe(true)
      // the denied event is stored but never merged or counted
      expect((await store.mergedEvents({ source: 'OSTGOV' })).total).toBe(0)
    })

    it('filters events by actor, dyad, type, QuadClass, dates and outlet, with paging', async () => {
      expect((await store.events({ actor: 'OSTGOV' })).total).toBe(2)
      expect((await store.events({ dyad: ['BDNGOV', 'ARVGOV'] })).total).toBe(5)
      expect((await store.events({ type: ['SANCTION'] })).items.map((e) => e.evidence.text)).toEqual(['imposed sweeping tariffs'])
      expect((await store.events({ quadClass: [1, 2] })).total).toBe(6)
      expect((await store.events({ from: '2024-04-01' })).total).toBe(2)
      expect((await store.events({ outlet: 'Ostmark Post' })).total).toBe(3)
      const page = await store.events({}, { limit: 2, offset: 2 })
      expect(page.items).toHaveLength(2)
      expect(page.total).toBe(7)
      const denied = (await store.events({ source: 'OSTGOV' })).items[0]!
      expect(denied.modality.negated).toBe(true)
      expect(denied.headline).toBe(flood.metadata.headline)
    })

    it('builds the alignment network from factual events', async () => {
      const net = await store.network({ from: '2024-01-01' })
      const edge = net.edges.find((e) => e.source === 'ARVGOV' && e.target === 'BDNGOV')!
      expect(edge).toMatchObject({ count: 5, cooperation: 4, conflict: 1, byQuadClass: [4, 0, 0, 1] })
      expect(edge.meanGoldstein).toBeCloseTo((4 * 4 - 5) / 5, 2)
      expect(net.edges.find((e) => e.source === 'OSTGOV')).toBeUndefined() // the denied event
      expect(net.nodes.find((n) => n.id === 'BDNGOV')).toMatchObject({ asTarget: 5, asSource: 1, name: 'BDNGOV leader' })
      const agreeOnly = await store.network({ type: 'AGREE' })
      expect(agreeOnly.edges).toEqual([expect.objectContaining({ source: 'ARVGOV', target: 'BDNGOV', count: 4 })])
      expect((await store.network({ to: '2024-03-31' })).events).toBe(4)
    })

    it('answers date ranges with partial months from the aggregates exactly as from the event rows', async () => {
      const outlets = ['Kessan Herald', 'Daily Courier', 'Ostmark Post', 'Marrow Times']
      for (const [from, to] of [['2024-03-06', '2024-04-12'], ['2024-03-05', '2024-03-06'], ['2024-02-10', '2024-05-31'], [undefined, '2024-04-11'], ['2024-03-07', undefined]] as const) {
        for (const type of [undefined, 'AGREE']) {
          const viaAggregates = await store.network({ from, to, type })
          // an outlet filter forces the scan of event rows: one outlet at a time, summed
          const perOutlet = await Promise.all(outlets.map((outlet) => store.network({ from, to, type, outlet })))
          const count = (n: typeof viaAggregates) => n.edges.reduce((k, e) => k + e.count, 0)
          expect(count(viaAggregates), `${from}..${to} ${type}`).toBe(perOutlet.reduce((k, n) => k + count(n), 0))
          const months = await store.timeline({ from, to, type }, 'month')
          const days = await store.timeline({ from, to, type }, 'day')
          expect(months.reduce((k, p) => k + p.count, 0)).toBe(count(viaAggregates))
          expect(days.reduce((k, p) => k + p.count, 0)).toBe(count(viaAggregates))
        }
      }
    })

    it('gives timelines per dyad by day, week and month', async () => {
      const dyad: [string, string] = ['ARVGOV', 'BDNGOV']
      expect(await store.timeline({ dyad }, 'month')).toEqual([
        { period: '2024-03-01', count: 3, meanGoldstein: 4, cooperation: 3, conflict: 0 },
        { period: '2024-04-01', count: 2, meanGoldstein: -0.5, cooperation: 1, conflict: 1 },
      ])
      expect((await store.timeline({ dyad }, 'week')).map((p) => p.period)).toEqual(['2024-03-04', '2024-04-08'])
      expect((await store.timeline({ actor: 'OSTGOV' }, 'day')).map((p) => [p.period, p.count])).toEqual([['2024-03-06', 1]])
    })

    it('finds quotes by speaker', async () => {
      const byCode = await store.quotes({ speaker: 'OSTGOV' })
      expect(byCode.items.map((q) => q.text)).toEqual(['We are grateful for the swift help from our neighbours'])
      expect((await store.quotes({ speaker: 'reyk' })).items[0]).toMatchObject({ speakerName: 'Tomas Reyk', outlet: 'Kessan Herald', direct: true })
    })

    it('searches article text with snippets', async () => {
      const hits = await store.searchArticles('helicopters')
      expect(hits.total).toBe(1)
      expect(hits.items[0]!.headline).toBe(flood.metadata.headline)
      expect(hits.items[0]!.snippet).toContain('[helicopters]')
      expect((await store.searchArticles('pipeline agreement')).total).toBe(2)
      expect((await store.searchArticles('"unbalanced (quote AND')).total).toBe(0)
    })

    it('lists actors and describes one with names, roles and counterparts', async () => {
      expect((await store.actors('bdn')).items.map((a) => a.code)).toEqual(['BDNGOV'])
      const arv = await store.actor('ARVGOV')
      expect(arv).toMatchObject({ code: 'ARVGOV', events: 5, articles: 4, quotes: 1 })
      expect(arv!.counterparts[0]).toMatchObject({ code: 'BDNGOV', count: 5 })
      expect(arv!.roles[0]).toMatchObject({ role: 'President' })
      expect(await store.actor('NOBODY')).toBeNull()
    })

    it('refuses a malformed record with a clear reason and stores nothing of it', async () => {
      const before = await store.stats()
      const broken = { ...trade, source: 'broken.json', events: [{ ...trade.events[0]!, quadClass: 9 }] }
      await expect(store.putArticle(broken, { contentHash: hash('broken') })).rejects.toThrow(/broken\.json: events\[0\]\.quadClass must be 1–4/)
      expect(await store.stats()).toEqual(before)
    })

    it('records failures with their reason', async () => {
      await store.recordFailure('batch.jsonl:7', 'input/json', 'invalid JSON: Unexpected token')
      const f = await store.failures()
      expect(f.items.map((x) => [x.location, x.code])).toEqual([['batch.jsonl:7', 'input/json']])
      expect((await store.stats()).failures).toBe(1)
    })
  })
}

import { afterAll, describe, expect, it } from 'vitest'
import { contentHash, openStore, type Store } from '../../src/store/index.js'
import { postgresBackend } from './backends.js'
import { makeRecord } from './records.js'

// Several writers at once (what the queue workers do against PostgreSQL): merged-event counters and
// pre-aggregates must equal the facts — no lost updates, no duplicate merged events.
const backend = postgresBackend()
describe.skipIf(!backend.available)('concurrent writers on postgres', () => {
  const stores: Store[] = []
  afterAll(async () => { for (const s of stores) await s.close(); await backend.stop() })

  it('keeps counters exact with four writers racing on the same dyads', async () => {
    const url = await backend.fresh('concurrent')
    for (let i = 0; i < 4; i++) stores.push(await openStore(url))
    const records = Array.from({ length: 60 }, (_, i) => makeRecord({
      id: `r${i}`, outlet: `Outlet ${i % 7}`, published: `2024-05-${String(1 + (i % 9)).padStart(2, '0')}T08:00:00Z`, headline: `Report ${i}`,
      text: `Report number ${i} from correspondent ${i * 7919 % 1000}: the delegations met again in the capital ${i} times, officials said on day ${i}.`,
      events: [
        { source: 'AAAGOV', target: 'BBBGOV', type: 'CONSULT', quadClass: 1, goldstein: 1, evidence: 'the delegations met' },
        { source: 'BBBGOV', target: 'AAAGOV', type: i % 2 ? 'ACCUSE' : 'CONSULT', quadClass: i % 2 ? 3 : 1, goldstein: i % 2 ? -2 : 1, evidence: 'officials said' },
      ],
    }))
    // every record is put by two writers at once, too (the retried-job case)
    await Promise.all(stores.map((s, w) => (async () => {
      for (let i = w; i < records.length + w; i += 2) {
        const r = records[i % records.length]!
        await s.putArticle(r, { contentHash: contentHash({ content: r.text }) })
      }
    })()))
    const s = stores[0]!
    expect((await s.stats()).articles).toBe(60)
    expect((await s.stats()).events).toBe(120)
    const merged = await s.mergedEvents({}, { limit: 1000 })
    expect(merged.items.reduce((n, m) => n + m.numMentions, 0)).toBe(120)
    for (const m of merged.items) expect(m.evidence).toHaveLength(m.numMentions)
    // 1–9 May 2024 fall in two ISO weeks (from 29 April and from 6 May), the merge windows: exactly two
    // merged events per (source, target, type); a racing writer creating a second one for a window would show
    const keys = merged.items.map((m) => `${m.source}-${m.target}-${m.type}`)
    expect(keys.length).toBe(new Set(keys).size * 2)
    const net = await s.network({})
    expect(net.edges.find((e) => e.source === 'AAAGOV')!.count).toBe(60)
    expect(net.edges.find((e) => e.source === 'BBBGOV')).toMatchObject({ count: 60, cooperation: 30, conflict: 30 })
    expect((await s.actor('AAAGOV'))!.articles).toBe(60)
  }, 120_000)
})

import { sql } from 'kysely'
import type { Db } from '../dialect.js'
import { NO_ACTOR } from '../rows.js'
import type { Network, NetworkEdge, NetworkFilter } from '../store.js'
import { dyadSums } from './dyad-aggregates.js'
import { whereEvents } from './event-filter.js'

interface EdgeRow { source: string; target: string; quad_class: number; n: number | string; gsum: number | string }

/** The alignment network. Answered from the per-month and per-day pre-aggregates when the filters allow
 *  it (date, actor, dyad, type, QuadClass); outlet/article filters scan the factual event rows instead. */
export async function queryNetwork(db: Db, f: NetworkFilter): Promise<Network> {
  const rows: EdgeRow[] = await dyadSums(db, f) ?? await whereEvents(db.selectFrom('events').select(['source', 'target', 'quad_class', sql<number>`count(*)`.as('n'), sql<number>`sum(goldstein)`.as('gsum')])
      .where('negated', '=', 0).where('hypothetical', '=', 0).where('day', 'is not', null)
      .where('source', '!=', NO_ACTOR).where('target', '!=', NO_ACTOR), f, 'events')!
      .groupBy(['source', 'target', 'quad_class']).execute()
  const edges = new Map<string, NetworkEdge & { gsum: number }>()
  for (const r of rows) {
    const key = `${r.source}\u0000${r.target}`
    let e = edges.get(key)
    if (!e) edges.set(key, e = { source: r.source, target: r.target, count: 0, meanGoldstein: 0, cooperation: 0, conflict: 0, byQuadClass: [0, 0, 0, 0], gsum: 0 })
    const n = Number(r.n)
    e.count += n; e.gsum += Number(r.gsum)
    const q = Math.min(4, Math.max(1, Number(r.quad_class)))
    e.byQuadClass[q - 1] = (e.byQuadClass[q - 1] ?? 0) + n
    if (q <= 2) e.cooperation += n; else e.conflict += n
  }
  let list = [...edges.values()].filter((e) => e.count >= (f.minCount ?? 1))
  list.sort((a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
  if (f.maxEdges) list = list.slice(0, f.maxEdges)
  const nodes = new Map<string, { id: string; name: string | null; country: string | null; events: number; asSource: number; asTarget: number }>()
  const node = (id: string) => { let n = nodes.get(id); if (!n) nodes.set(id, n = { id, name: null, country: null, events: 0, asSource: 0, asTarget: 0 }); return n }
  let total = 0
  for (const e of list) {
    e.meanGoldstein = Math.round((e.gsum / e.count) * 100) / 100
    node(e.source).asSource += e.count; node(e.target).asTarget += e.count
    node(e.source).events += e.count; if (e.target !== e.source) node(e.target).events += e.count
    total += e.count
  }
  const ids = [...nodes.keys()]
  for (let i = 0; i < ids.length; i += 500) {
    const actors = await db.selectFrom('actors').select(['code', 'name', 'country']).where('code', 'in', ids.slice(i, i + 500)).execute()
    for (const a of actors) { const n = nodes.get(a.code)!; n.name = a.name; n.country = a.country }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)),
    edges: list.map(({ gsum: _g, ...e }) => e),
    events: total,
  }
}

import { sql } from 'kysely'
import type { Trx } from './dialect.js'
import { isFactual, type EventRow } from './rows.js'

const DAY_MS = 86_400_000
/** First day of the fixed window of 2×window+1 days that holds `day`. Windows are counted from Monday
 *  1969-12-29, so the default ±3 gives ISO weeks (Monday to Sunday), the unit analysts read timelines in. */
export function windowStart(day: string, windowDays: number): string {
  const span = 2 * windowDays + 1
  const n = Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS) + 3 // days since Monday 1969-12-29
  return new Date((n - (((n % span) + span) % span) - 3) * DAY_MS).toISOString().slice(0, 10)
}
export const mergeKey = (r: Pick<EventRow, 'source' | 'target' | 'type'>) => `${r.source}|${r.target}|${r.type}`

const CHUNK = 300
interface Known { id: number | null; anchor: string; quad: number }

/** Assigns each factual event row to the merged event of its (source, target, type) and date window.
 *  Windows are fixed spans of 2×window+1 days (ISO weeks for the default ±3), so the grouping does not depend
 *  on the order articles arrive in: parallel workers and a serial run build the same merged events.
 *  Runs inside the serialised write transaction, so two writers never create the same merged event. */
export async function assignMerged(trx: Trx, rows: EventRow[], windowDays: number): Promise<(number | null)[]> {
  const factual = rows.filter(isFactual)
  if (!factual.length) return rows.map(() => null)
  const days = factual.map((r) => r.day!).sort()
  const lo = windowStart(days[0]!, windowDays), hi = windowStart(days[days.length - 1]!, windowDays)
  const byKey = new Map<string, Known[]>()
  for (const r of factual) byKey.set(mergeKey(r), [])
  const keys = [...byKey.keys()]
  for (let i = 0; i < keys.length; i += CHUNK) {
    const found = await trx.selectFrom('merged_events').select(['id', 'merge_key', 'anchor_day', 'quad_class'])
      .where('merge_key', 'in', keys.slice(i, i + CHUNK)).where('anchor_day', '>=', lo).where('anchor_day', '<=', hi).execute()
    for (const m of found) byKey.get(m.merge_key)!.push({ id: Number(m.id), anchor: m.anchor_day, quad: m.quad_class })
  }
  // pass 1: nearest anchor, or a new merged event (id assigned after the insert)
  const chosen: (Known | null)[] = []
  const created: { key: string; row: EventRow; known: Known }[] = []
  for (const r of rows) {
    if (!isFactual(r)) { chosen.push(null); continue }
    const key = mergeKey(r)
    const list = byKey.get(key)!
    const anchor = windowStart(r.day!, windowDays)
    let best = list.find((m) => m.anchor === anchor) ?? null
    if (!best) { best = { id: null, anchor, quad: r.quad_class }; list.push(best); created.push({ key, row: r, known: best }) }
    chosen.push(best)
  }
  // pass 2: insert the new ones; (key, anchor) is unique among them, so ids map back without relying on row order
  for (let i = 0; i < created.length; i += CHUNK) {
    const part = created.slice(i, i + CHUNK)
    const ids = await trx.insertInto('merged_events').values(part.map(({ key, row, known }) => ({
      merge_key: key, source: row.source, target: row.target, type: row.type, quad_class: row.quad_class, anchor_day: known.anchor,
      first_day: known.anchor, last_day: known.anchor, num_mentions: 0, num_articles: 0, num_sources: 0, goldstein_sum: 0,
    }))).returning(['id', 'merge_key', 'anchor_day']).execute()
    const idOf = new Map(ids.map((x) => [`${x.merge_key}\u0000${x.anchor_day}`, Number(x.id)]))
    for (const c of part) c.known.id = idOf.get(`${c.key}\u0000${c.known.anchor}`)!
  }
  return chosen.map((k) => k?.id ?? null)
}

/** Recomputes the counters of merged events from their event rows in one statement per chunk (never
 *  incremented blindly): NumSources counts distinct source units, so copies of one wire story count once. */
export async function recountMerged(trx: Trx, mergedIds: number[]): Promise<void> {
  for (let i = 0; i < mergedIds.length; i += CHUNK) {
    const ids = mergedIds.slice(i, i + CHUNK)
    await sql`update merged_events set
      num_mentions = (select count(*) from events e where e.merged_id = merged_events.id),
      num_articles = (select count(distinct e.article_id) from events e where e.merged_id = merged_events.id),
      num_sources = (select count(distinct a.source_unit) from events e join articles a on a.id = e.article_id where e.merged_id = merged_events.id),
      goldstein_sum = (select coalesce(sum(e.goldstein), 0) from events e where e.merged_id = merged_events.id),
      first_day = (select min(e.day) from events e where e.merged_id = merged_events.id),
      last_day = (select max(e.day) from events e where e.merged_id = merged_events.id)
      where id in (${sql.join(ids)})`.execute(trx)
  }
}

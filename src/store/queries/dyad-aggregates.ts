import { sql } from 'kysely'
import type { Db } from '../dialect.js'
import type { EventFilter } from '../store.js'
import { whereEvents } from './event-filter.js'

export interface DyadSum { source: string; target: string; quad_class: number; n: number | string; gsum: number | string }

const monthStart = (day: string) => `${day.slice(0, 7)}-01`
const shiftMonth = (month: string, k: number) => { const d = new Date(`${month}T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + k); return d.toISOString().slice(0, 10) }
const monthEnd = (day: string) => new Date(Date.parse(`${shiftMonth(monthStart(day), 1)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

/** Splits [from, to] into whole months (read from dyad_months) and partial-month day ranges (dyad_days). */
export function splitRange(from?: string, to?: string): { months: { from?: string; to?: string } | null; days: { from?: string; to?: string }[] } {
  const f = from?.slice(0, 10), t = to?.slice(0, 10)
  const firstFull = f ? (f.endsWith('-01') ? f : shiftMonth(monthStart(f), 1)) : undefined
  const lastFull = t ? (t === monthEnd(t) ? monthStart(t) : shiftMonth(monthStart(t), -1)) : undefined
  if (firstFull && lastFull && firstFull > lastFull) return { months: null, days: [{ from: f, to: t }] }
  const days: { from?: string; to?: string }[] = []
  if (f && firstFull !== f) days.push({ from: f, to: monthEnd(f) })
  if (t && lastFull !== monthStart(t)) days.push({ from: monthStart(t), to: t })
  return { months: { from: firstFull, to: lastFull }, days }
}

/** Sums per (source, target, QuadClass) from the pre-aggregates; null when the filter needs event rows
 *  (outlet or article filters). */
export async function dyadSums(db: Db, f: EventFilter): Promise<DyadSum[] | null> {
  if (f.outlet !== undefined || f.article !== undefined) return null
  const { months, days } = splitRange(f.from, f.to)
  const parts: Promise<DyadSum[]>[] = []
  const noDates = { ...f, from: undefined, to: undefined }
  if (months) {
    parts.push(whereEvents(db.selectFrom('dyad_months').select(['source', 'target', 'quad_class', sql<number>`sum(n)`.as('n'), sql<number>`sum(goldstein_sum)`.as('gsum')]), { ...noDates, ...months }, 'dyad_months')!
      .groupBy(['source', 'target', 'quad_class']).execute())
  }
  for (const r of days) {
    parts.push(whereEvents(db.selectFrom('dyad_days').select(['source', 'target', 'quad_class', sql<number>`sum(n)`.as('n'), sql<number>`sum(goldstein_sum)`.as('gsum')]), { ...noDates, from: r.from, to: r.to }, 'dyad_days')!
      .groupBy(['source', 'target', 'quad_class']).execute())
  }
  return (await Promise.all(parts)).flat()
}

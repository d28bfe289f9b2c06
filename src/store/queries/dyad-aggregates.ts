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

export interface Range { from?: string; to?: string }

/** Whole years of the whole-month part (read from dyad_years), the months around them (dyad_months) and the
 *  partial-month days (dyad_days). */
export function splitTiers(from?: string, to?: string): { years: Range | null; months: Range[]; days: Range[] } {
  const { months, days } = splitRange(from, to)
  if (!months) return { years: null, months: [], days }
  const m1 = months.from, m2 = months.to
  const y1 = m1 === undefined ? undefined : m1.slice(5, 7) === '01' ? m1 : `${Number(m1.slice(0, 4)) + 1}-01-01`
  const y2 = m2 === undefined ? undefined : m2.slice(5, 7) === '12' ? `${m2.slice(0, 4)}-01-01` : `${Number(m2.slice(0, 4)) - 1}-01-01`
  if (y1 !== undefined && y2 !== undefined && y1 > y2) return { years: null, months: [months], days }
  const around: Range[] = []
  if (m1 !== undefined && y1 !== m1) around.push({ from: m1, to: `${Number(y1!.slice(0, 4)) - 1}-12-01` })
  if (m2 !== undefined && y2 !== undefined && `${y2.slice(0, 4)}-12-01` !== m2) around.push({ from: `${Number(y2.slice(0, 4)) + 1}-01-01`, to: m2 })
  return { years: { from: y1, to: y2 }, months: around, days }
}

/** Sums per (source, target, QuadClass) from the pre-aggregates; null when the filter needs event rows
 *  (outlet or article filters). */
export async function dyadSums(db: Db, f: EventFilter): Promise<DyadSum[] | null> {
  if (f.outlet !== undefined || f.article !== undefined) return null
  const { years, months, days } = splitTiers(f.from, f.to)
  const noDates = { ...f, from: undefined, to: undefined }
  const sums = [sql<number>`sum(n)`.as('n'), sql<number>`sum(goldstein_sum)`.as('gsum')] as const
  const parts: Promise<DyadSum[]>[] = []
  if (years) parts.push(whereEvents(db.selectFrom('dyad_years').select(['source', 'target', 'quad_class', ...sums]), { ...noDates, ...years }, 'dyad_years')!.groupBy(['source', 'target', 'quad_class']).execute())
  for (const r of months) parts.push(whereEvents(db.selectFrom('dyad_months').select(['source', 'target', 'quad_class', ...sums]), { ...noDates, ...r }, 'dyad_months')!.groupBy(['source', 'target', 'quad_class']).execute())
  for (const r of days) parts.push(whereEvents(db.selectFrom('dyad_days').select(['source', 'target', 'quad_class', ...sums]), { ...noDates, ...r }, 'dyad_days')!.groupBy(['source', 'target', 'quad_class']).execute())
  return (await Promise.all(parts)).flat()
}

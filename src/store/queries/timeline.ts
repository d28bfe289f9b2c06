import { sql } from 'kysely'
import type { Db } from '../dialect.js'
import { NO_ACTOR } from '../rows.js'
import type { EventFilter, TimeBucket, TimelinePoint } from '../store.js'
import { splitRange } from './dyad-aggregates.js'
import { whereEvents } from './event-filter.js'

/** Start day of the period a day falls in: the day itself, its ISO week's Monday, or the 1st of its month. */
export function periodOf(day: string, bucket: TimeBucket): string {
  if (bucket === 'day') return day
  if (bucket === 'month') return `${day.slice(0, 7)}-01`
  const t = Date.parse(`${day}T00:00:00Z`)
  const dow = (new Date(t).getUTCDay() + 6) % 7
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10)
}

interface DayRow { day: string | null; n: number | string; gsum: number | string; coop: number | string }

const SUMS = [sql<number>`sum(n)`.as('n'), sql<number>`sum(goldstein_sum)`.as('gsum'), sql<number>`sum(case when quad_class <= 2 then n else 0 end)`.as('coop')] as const

/** Per-day (or, for monthly buckets, per-month) sums from the pre-aggregates; null when the filter needs event rows. */
async function aggregateRows(db: Db, f: EventFilter, bucket: TimeBucket): Promise<DayRow[] | null> {
  if (f.outlet !== undefined || f.article !== undefined) return null
  if (bucket !== 'month') {
    return whereEvents(db.selectFrom('dyad_days').select(['day', ...SUMS]), f, 'dyad_days')!.groupBy('day').execute()
  }
  const { months, days } = splitRange(f.from, f.to)
  const noDates = { ...f, from: undefined, to: undefined }
  const parts: Promise<DayRow[]>[] = days.map((r) => whereEvents(db.selectFrom('dyad_days').select(['day', ...SUMS]), { ...noDates, ...r }, 'dyad_days')!.groupBy('day').execute())
  if (months) parts.push(whereEvents(db.selectFrom('dyad_months').select(['month as day', ...SUMS]), { ...noDates, ...months }, 'dyad_months')!.groupBy('month').execute())
  return (await Promise.all(parts)).flat()
}

/** Counts and mean Goldstein per period, from the pre-aggregates (or the event rows when filtering by outlet/article). */
export async function queryTimeline(db: Db, f: EventFilter, bucket: TimeBucket): Promise<TimelinePoint[]> {
  const rows = await aggregateRows(db, f, bucket)
    ?? await whereEvents(db.selectFrom('events')
      .select(['day', sql<number>`count(*)`.as('n'), sql<number>`sum(goldstein)`.as('gsum'), sql<number>`sum(case when quad_class <= 2 then 1 else 0 end)`.as('coop')])
      .where('negated', '=', 0).where('hypothetical', '=', 0).where('day', 'is not', null)
      .where('source', '!=', NO_ACTOR).where('target', '!=', NO_ACTOR), f, 'events')!.groupBy('day').execute()
  const points = new Map<string, { n: number; gsum: number; coop: number }>()
  for (const r of rows) {
    if (!r.day) continue
    const p = periodOf(r.day, bucket)
    const acc = points.get(p) ?? { n: 0, gsum: 0, coop: 0 }
    acc.n += Number(r.n); acc.gsum += Number(r.gsum); acc.coop += Number(r.coop)
    points.set(p, acc)
  }
  return [...points.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, a]) => ({
    period, count: a.n, meanGoldstein: Math.round((a.gsum / a.n) * 100) / 100, cooperation: a.coop, conflict: a.n - a.coop,
  }))
}

import { sql } from 'kysely'
import type { Trx } from './dialect.js'
import { isFactual, type EventRow } from './rows.js'

const DAY_MS = 86_400_000
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS

/** Assigns each factual event row to the merged event of its (source, target, type) whose anchor day is
 *  within ±window days (the nearest; created when none), and returns the merged ids touched.
 *  Runs inside the serialised write transaction, so two writers never create the same merged event. */
export async function assignMerged(trx: Trx, rows: EventRow[], windowDays: number): Promise<(number | null)[]> {
  const ids: (number | null)[] = []
  const local = new Map<string, { id: number; anchor: string }[]>()
  for (const r of rows) {
    if (!isFactual(r)) { ids.push(null); continue }
    const key = `${r.source}\u0000${r.target}\u0000${r.type}`
    let known = local.get(key)
    if (!known) {
      known = (await trx.selectFrom('merged_events').select(['id', 'anchor_day'])
        .where('source', '=', r.source).where('target', '=', r.target).where('type', '=', r.type)
        .where('anchor_day', '>=', shiftDay(r.day!, -windowDays)).where('anchor_day', '<=', shiftDay(r.day!, windowDays))
        .execute()).map((m) => ({ id: m.id, anchor: m.anchor_day }))
      local.set(key, known)
    }
    let best: { id: number; anchor: string } | null = null
    for (const m of known) {
      const d = dayDiff(m.anchor, r.day!)
      if (d > windowDays) continue
      if (!best || d < dayDiff(best.anchor, r.day!) || (d === dayDiff(best.anchor, r.day!) && m.id < best.id)) best = m
    }
    if (!best) {
      const created = await trx.insertInto('merged_events').values({
        source: r.source, target: r.target, type: r.type, quad_class: r.quad_class, anchor_day: r.day!, first_day: r.day!, last_day: r.day!,
        num_mentions: 0, num_articles: 0, num_sources: 0, goldstein_sum: 0,
      }).returning('id').executeTakeFirstOrThrow()
      best = { id: created.id, anchor: r.day! }
      known.push(best)
    }
    ids.push(best.id)
  }
  return ids
}

/** Recomputes the counters of merged events from their event rows (never incremented blindly):
 *  NumSources counts distinct source units, so all copies of one wire story count once. */
export async function recountMerged(trx: Trx, mergedIds: number[]): Promise<void> {
  if (!mergedIds.length) return
  const counts = await trx.selectFrom('events as e').innerJoin('articles as a', 'a.id', 'e.article_id')
    .select((eb) => [
      'e.merged_id',
      eb.fn.countAll<number>().as('mentions'),
      sql<number>`count(distinct e.article_id)`.as('articles'),
      sql<number>`count(distinct a.source_unit)`.as('sources'),
      eb.fn.sum<number>('e.goldstein').as('gsum'),
      eb.fn.min<string>('e.day').as('first'),
      eb.fn.max<string>('e.day').as('last'),
    ])
    .where('e.merged_id', 'in', mergedIds).groupBy('e.merged_id').execute()
  for (const c of counts) {
    await trx.updateTable('merged_events').set({
      num_mentions: Number(c.mentions), num_articles: Number(c.articles), num_sources: Number(c.sources),
      goldstein_sum: Number(c.gsum), first_day: c.first, last_day: c.last,
    }).where('id', '=', c.merged_id!).execute()
  }
}

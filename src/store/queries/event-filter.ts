import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely'
import type { StoreSchema } from '../schema.js'
import type { EventFilter, Page } from '../store.js'

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** Applies the shared event filters to a query over `events` or a pre-aggregate (`dyad_days`, or
 *  `dyad_months` whose date column is `month`, compared with from/to as given). Returns null for filters
 *  an aggregate cannot answer. */
export function whereEvents<DB extends StoreSchema, TB extends 'events' | 'dyad_days' | 'dyad_months' | 'dyad_years', O>(
  qb: SelectQueryBuilder<DB, TB, O>, f: EventFilter, table: TB,
): SelectQueryBuilder<DB, TB, O> | null {
  if (table !== 'events' && (f.outlet !== undefined || f.article !== undefined)) return null
  const dateColumn = (table === 'dyad_months' ? 'month' : table === 'dyad_years' ? 'year' : 'day') as 'day'
  let q = qb as unknown as SelectQueryBuilder<StoreSchema, 'events', O>
  if (f.actor) q = q.where((eb) => eb.or([eb('source', '=', f.actor!), eb('target', '=', f.actor!)]))
  if (f.source) q = q.where('source', '=', f.source)
  if (f.target) q = q.where('target', '=', f.target)
  if (f.dyad) {
    const [a, b] = f.dyad
    q = q.where((eb: ExpressionBuilder<StoreSchema, 'events'>) => eb.or([
      eb.and([eb('source', '=', a), eb('target', '=', b)]), eb.and([eb('source', '=', b), eb('target', '=', a)]),
    ]))
  }
  const types = list(f.type)
  if (types.length) q = q.where('type', 'in', types)
  const quads = list(f.quadClass)
  if (quads.length) q = q.where('quad_class', 'in', quads)
  if (f.from) q = q.where(dateColumn, '>=', f.from.slice(0, 10))
  if (f.to) q = q.where(dateColumn, '<=', f.to.slice(0, 10))
  if (f.outlet) q = q.where('outlet', '=', f.outlet)
  if (f.article !== undefined) q = q.where('article_id', '=', f.article)
  return q as unknown as SelectQueryBuilder<DB, TB, O>
}

export const MAX_LIMIT = 10_000
export function pageOf(p: Page | undefined, dflt = 50): Required<Page> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(p?.limit ?? dflt)))
  return { limit, offset: Math.max(0, Math.floor(p?.offset ?? 0)) }
}

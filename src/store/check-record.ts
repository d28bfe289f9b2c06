import type { AnalysisRecord } from '../record/index.js'

/** A record the store cannot hold (wrong shape); `reason` says which field. */
export class StoreInputError extends Error {
  readonly code = 'store/invalid-record'
}

const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v)

/** Cheap structural checks on the fields the store reads, so a bad record fails with a clear reason
 *  (and goes to the failures table) instead of a database error half-way through. */
export function checkRecord(r: AnalysisRecord, where: string): void {
  const bad = (what: string) => { throw new StoreInputError(`${where}: ${what}`) }
  if (!r || typeof r !== 'object') bad('the record is not an object')
  if (typeof r.text !== 'string') bad('text must be a string')
  if (typeof r.source !== 'string') bad('source must be a string')
  if (!r.metadata || typeof r.metadata !== 'object') bad('metadata must be an object')
  for (const k of ['events', 'quotes', 'entities'] as const) if (!Array.isArray(r[k])) bad(`${k} must be an array`)
  r.events.forEach((e, i) => {
    if (!e || typeof e.type !== 'string' || !e.type) bad(`events[${i}].type must be a non-empty string`)
    if (!Array.isArray(e.source) || !Array.isArray(e.target)) bad(`events[${i}].source and .target must be arrays`)
    if (!isNum(e.quadClass) || e.quadClass < 1 || e.quadClass > 4) bad(`events[${i}].quadClass must be 1–4`)
    if (!isNum(e.goldstein)) bad(`events[${i}].goldstein must be a number`)
  })
  r.quotes.forEach((q, i) => {
    if (!q || typeof q.text !== 'string' || !isNum(q.start) || !isNum(q.end)) bad(`quotes[${i}] needs text, start and end`)
  })
}

import { z } from 'zod'
import type { EventFilter, Page } from '../store/store.js'

// Query-string schemas shared by the list endpoints, and their translation to the store's filters.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
const list = z.string().min(1).transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('items per page (1–1000)'),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('items to skip'),
}

export const eventFilterQuery = {
  actor: z.string().min(1).max(64).optional().describe('actor code on either side'),
  source: z.string().min(1).max(64).optional().describe('source actor code'),
  target: z.string().min(1).max(64).optional().describe('target actor code'),
  both: z.enum(['true', 'false']).optional().describe('with source and target: both directions of the dyad'),
  type: list.optional().describe('PLOVER type(s), comma-separated'),
  quadClass: z.string().regex(/^[1-4](,[1-4])*$/, 'expected QuadClasses 1–4, comma-separated').transform((s) => s.split(',').map(Number)).optional().describe('QuadClass(es) 1–4, comma-separated'),
  from: isoDay.optional().describe('first day, inclusive'),
  to: isoDay.optional().describe('last day, inclusive'),
  outlet: z.string().min(1).max(200).optional().describe('outlet name'),
  article: z.coerce.number().int().min(1).optional().describe('stored article id'),
}

export const eventQuery = z.object({ ...eventFilterQuery, ...pageQuery })

type EventQuery = { [K in keyof typeof eventFilterQuery]?: z.output<(typeof eventFilterQuery)[K]> }

export function toEventFilter(q: EventQuery): EventFilter {
  const f: EventFilter = {}
  if (q.both === 'true' && q.source && q.target) f.dyad = [q.source, q.target]
  else { if (q.source) f.source = q.source; if (q.target) f.target = q.target }
  if (q.actor) f.actor = q.actor
  if (q.type?.length) f.type = q.type
  if (q.quadClass?.length) f.quadClass = q.quadClass
  if (q.from) f.from = q.from
  if (q.to) f.to = q.to
  if (q.outlet) f.outlet = q.outlet
  if (q.article) f.article = q.article
  return f
}

export function toPage(q: { limit: number; offset: number }): Page {
  return { limit: q.limit, offset: q.offset }
}

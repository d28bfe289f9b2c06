import type { Context } from 'hono'
import { stream } from 'hono/streaming'
import { z } from 'zod'
import type { Store, EventFilter, StoredEvent } from '../../store/store.js'
import { eventList } from '../api-schemas.js'
import { csvLine } from '../csv.js'
import type { ServeDeps } from '../deps.js'
import { eventFilterQuery, eventQuery, toEventFilter, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

type D = { deps: ServeDeps }

export const eventsRoute = defineRoute({
  method: 'get', path: '/api/events', tag: 'events', summary: 'Coded events (one row per source × target pair), filtered and paged',
  query: eventQuery, response: eventList,
  handler: ({ query: q, deps }: D & { query: z.output<typeof eventQuery> }) => deps.store.events(toEventFilter(q), toPage(q)),
})

const CSV_COLUMNS: [string, (e: StoredEvent) => unknown][] = [
  ['date', (e) => e.date], ['source', (e) => e.source], ['source_name', (e) => e.sourceName], ['source_country', (e) => e.sourceCountry],
  ['type', (e) => e.type], ['mode', (e) => e.mode], ['cameo', (e) => e.cameo], ['quad_class', (e) => e.quadClass], ['goldstein', (e) => e.goldstein],
  ['target', (e) => e.target], ['target_name', (e) => e.targetName], ['target_country', (e) => e.targetCountry],
  ['negated', (e) => e.modality.negated], ['hypothetical', (e) => e.modality.hypothetical], ['future', (e) => e.modality.future], ['reported', (e) => e.modality.reported],
  ['location', (e) => e.location], ['evidence', (e) => e.evidence.text], ['rule', (e) => e.rule],
  ['article_id', (e) => e.articleId], ['event_id', (e) => e.eventId], ['headline', (e) => e.headline], ['outlet', (e) => e.outlet], ['url', (e) => e.url],
]

/** Streams every matching event as CSV, a page at a time, so big stores never sit in memory at once. */
export function eventsCsv(c: Context, store: Store, filter: EventFilter, filename: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="${filename}"`)
  return stream(c, async (s) => {
    await s.write(csvLine(CSV_COLUMNS.map(([name]) => name)))
    for (let offset = 0; ; offset += 1000) {
      const page = await store.events(filter, { limit: 1000, offset })
      if (page.items.length) await s.write(page.items.map((e) => csvLine(CSV_COLUMNS.map(([, get]) => get(e)))).join(''))
      if (page.items.length < 1000) break
    }
  })
}

const csvQuery = z.object(eventFilterQuery)
export const eventsCsvRoute = defineRoute({
  method: 'get', path: '/api/events.csv', tag: 'events', summary: 'The same filters as /api/events, every matching event as a CSV download',
  query: csvQuery, produces: ['text/csv'],
  handler: ({ query: q, deps, c }: D & { query: z.output<typeof csvQuery>; c: Context }) => eventsCsv(c, deps.store, toEventFilter(q), 'entente-events.csv'),
})

export const EVENT_ROUTES = [eventsRoute, eventsCsvRoute]

import { z } from 'zod'
import { eventList } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { exportResponse } from '../export-stream.js'
import { eventFilterQuery, eventQuery, toEventFilter, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

type D = { deps: ServeDeps }

export const eventsRoute = defineRoute({
  method: 'get', path: '/api/events', tag: 'events', summary: 'Coded events (one row per source × target pair), filtered and paged',
  query: eventQuery, response: eventList,
  handler: ({ query: q, deps }: D & { query: z.output<typeof eventQuery> }) => deps.store.events(toEventFilter(q), toPage(q)),
})

const csvQuery = z.object(eventFilterQuery)
export const eventsCsvRoute = defineRoute({
  method: 'get', path: '/api/events.csv', tag: 'events', summary: 'The same filters as /api/events, every matching event as a CSV download',
  query: csvQuery, produces: ['text/csv'],
  handler: ({ query: q, deps }: D & { query: z.output<typeof csvQuery> }) => exportResponse(deps.store, 'csv', toEventFilter(q)),
})

export const EVENT_ROUTES = [eventsRoute, eventsCsvRoute]

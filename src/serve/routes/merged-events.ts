import { z } from 'zod'
import type { ServeDeps } from '../deps.js'
import { eventFilterQuery, pageQuery, toEventFilter, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

const mergedQuery = z.object({ ...eventFilterQuery, minArticles: z.coerce.number().int().min(1).optional(), ...pageQuery })
const evidence = z.object({ eventRow: z.number().int(), articleId: z.number().int(), eventId: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() })
const merged = z.object({
  id: z.number().int(), source: z.string(), target: z.string(), type: z.string(), quadClass: z.number().int(), firstDate: z.string(), lastDate: z.string(),
  numMentions: z.number().int(), numArticles: z.number().int(), numSources: z.number().int(), meanGoldstein: z.number(), evidence: z.array(evidence),
})

export const mergedEventsRoute = defineRoute({
  method: 'get', path: '/api/merged-events', tag: 'events',
  summary: 'Events merged across articles: the same (source, target, type) within the merge window, with mention, article and source counts',
  query: mergedQuery, response: z.object({ items: z.array(merged), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
  handler: ({ query: q, deps }: { query: z.output<typeof mergedQuery>; deps: ServeDeps }) =>
    deps.store.mergedEvents({ ...toEventFilter(q), minArticles: q.minArticles }, toPage(q)),
})

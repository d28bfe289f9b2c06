import type { Context } from 'hono'
import { stream } from 'hono/streaming'
import { z } from 'zod'
import type { ServeDeps } from '../deps.js'
import { eventFilterQuery, toEventFilter } from '../query-params.js'
import { defineRoute } from '../route.js'
import { eventsCsv } from './events.js'

const exportQuery = z.object({
  format: z.enum(['csv', 'jsonl']).describe('csv: the filtered events; jsonl: one analysis record per stored article'),
  ...eventFilterQuery,
})

export const exportRoute = defineRoute({
  method: 'get', path: '/api/export', tag: 'exports', summary: 'Download the store: events as CSV (with the event filters) or analysis records as JSONL',
  query: exportQuery, produces: ['text/csv', 'application/x-ndjson'],
  handler: ({ query: q, deps, c }: { query: z.output<typeof exportQuery>; deps: ServeDeps; c: Context }) => {
    if (q.format === 'csv') return eventsCsv(c, deps.store, toEventFilter(q), 'entente-events.csv')
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8')
    c.header('Content-Disposition', 'attachment; filename="entente-records.jsonl"')
    return stream(c, async (s) => {
      for (let offset = 0; ; offset += 200) {
        const page = await deps.store.listArticles({}, { limit: 200, offset })
        for (const a of page.items) {
          const full = await deps.store.getArticle(a.id)
          if (full) await s.write(`${JSON.stringify(full.record)}\n`)
        }
        if (page.items.length < 200) break
      }
    })
  },
})

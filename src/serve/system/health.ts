import { z } from 'zod'
import type { ServeDeps } from '../deps.js'
import { defineRoute } from '../route.js'

const started = Date.now()

export const healthRoute = defineRoute({
  method: 'get', path: '/-/health', tag: 'system', summary: 'Liveness: the server answers and its store is reachable',
  response: z.object({ ok: z.boolean(), version: z.string(), uptimeSeconds: z.number(), backend: z.string(), articles: z.number(), events: z.number(),
    queue: z.object({ ok: z.boolean(), waiting: z.number().nullable(), workers: z.number().nullable(), error: z.string().optional() }).optional() }),
  handler: async ({ deps }: { deps: ServeDeps }) => {
    const stats = await deps.store.stats()
    const queue = deps.queue ? await deps.queue.status({ failures: 0 })
      .then((q) => ({ ok: true, waiting: q.counts.waiting ?? 0, workers: q.workers.length }))
      .catch((e: Error) => ({ ok: false, waiting: null, workers: null, error: e.message })) : undefined
    return { ok: queue ? queue.ok : true, version: deps.version, uptimeSeconds: Math.round((Date.now() - started) / 1000), backend: stats.backend, articles: stats.articles, events: stats.events, ...(queue ? { queue } : {}) }
  },
})

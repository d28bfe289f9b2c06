import { z } from 'zod'
import type { ServeDeps } from '../deps.js'
import { ApiError } from '../errors.js'
import { defineRoute } from '../route.js'

export const queuesRoute = defineRoute({
  method: 'get', path: '/-/queues', tag: 'system', summary: 'The ingest queue: depth by state, completion/failure rates, live workers (heartbeats) and recent failures',
  query: z.object({ failures: z.coerce.number().int().min(0).max(500).default(20) }),
  response: z.object({
    queue: z.string(), counts: z.record(z.string(), z.number()),
    rates: z.object({ completedPerMin: z.number(), failedPerMin: z.number() }),
    workers: z.array(z.object({ id: z.string(), host: z.string(), pid: z.number(), concurrency: z.number(), startedAt: z.string(), seenAt: z.string(), processed: z.number(), failed: z.number(), current: z.number() })),
    failures: z.array(z.object({ id: z.string(), reason: z.string(), attempts: z.number(), source: z.string(), failedAt: z.string().nullable() })),
  }),
  handler: async ({ deps, query }: { deps: ServeDeps; query: { failures: number } }) => {
    if (!deps.queue) throw new ApiError(404, 'queue/not-configured', 'this server watches no queue: start it with --queue redis://… (or ENTENTE_QUEUE)')
    try { return await deps.queue.status({ failures: query.failures }) } catch (e) {
      throw new ApiError(503, 'queue/unreachable', `the queue at ${deps.queue.url} did not answer: ${(e as Error).message}`)
    }
  },
})

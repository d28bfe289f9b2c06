import { z } from 'zod'
import { timeline } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { ApiError } from '../errors.js'
import { eventFilterQuery, pageQuery, toEventFilter, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

const timelineQuery = z.object({
  ...eventFilterQuery,
  bucket: z.enum(['day', 'week', 'month']).default('week').describe('period of each point'),
  ...pageQuery,
})

export const timelineRoute = defineRoute({
  method: 'get', path: '/api/timeline', tag: 'timelines',
  summary: 'Counts and mean Goldstein per day/week/month for an actor (actor=) or a dyad (source=&target=, both=true for both directions), with the events listed',
  query: timelineQuery, response: timeline,
  handler: async ({ query: q, deps }: { query: z.output<typeof timelineQuery>; deps: ServeDeps }) => {
    if (!q.actor && !(q.source && q.target)) throw new ApiError(400, 'timeline/no-subject', 'give actor=CODE, or source=CODE&target=CODE for a dyad')
    const filter = toEventFilter(q)
    const [points, events] = await Promise.all([deps.store.timeline(filter, q.bucket), deps.store.events(filter, toPage(q))])
    return { bucket: q.bucket, points, events }
  },
})

import { z } from 'zod'
import { actorList, actorPage } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { ApiError } from '../errors.js'
import { pageQuery, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

type D = { deps: ServeDeps }
const actorsQuery = z.object({ q: z.string().max(200).optional().describe('name or code to search'), ...pageQuery })
const codeParam = z.object({ code: z.string().min(1).max(64).describe('actor code, e.g. RUSGOV') })

export const actorsRoute = defineRoute({
  method: 'get', path: '/api/actors', tag: 'actors', summary: 'Actors by activity; with q, those whose name or code matches',
  query: actorsQuery, response: actorList,
  handler: ({ query: q, deps }: D & { query: z.output<typeof actorsQuery> }) => deps.store.actors(q.q?.trim() || undefined, toPage(q)),
})

export const actorRoute = defineRoute({
  method: 'get', path: '/api/actors/:code', tag: 'actors', summary: 'One actor with its names, roles, counterparts and quotes',
  params: codeParam, response: actorPage,
  handler: async ({ params, deps }: D & { params: z.output<typeof codeParam> }) => {
    const actor = await deps.store.actor(params.code)
    if (!actor) throw new ApiError(404, 'actor/not-found', `no actor ${params.code} in the store`)
    const quotes = await deps.store.quotes({ speaker: params.code }, { limit: 50, offset: 0 })
    return { actor, quotes }
  },
})

export const ACTOR_ROUTES = [actorsRoute, actorRoute]

import { z } from 'zod'
import { searchResult } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { defineRoute } from '../route.js'

const q = z.object({ q: z.string().trim().min(1).max(500).describe('words to find'), limit: z.coerce.number().int().min(1).max(100).default(20) })

export const searchRoute = defineRoute({
  method: 'get', path: '/api/search', tag: 'search', summary: 'One search across articles (full text, with snippets), actors and quotes',
  query: q, response: searchResult,
  handler: async ({ query, deps }: { query: z.output<typeof q>; deps: ServeDeps }) => {
    const page = { limit: query.limit, offset: 0 }
    const [articles, actors, quotes] = await Promise.all([
      deps.store.searchArticles(query.q, page), deps.store.actors(query.q, page), deps.store.quotes({ q: query.q }, page),
    ])
    return { q: query.q, articles, actors, quotes }
  },
})

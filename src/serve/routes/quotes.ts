import { z } from 'zod'
import { quoteList } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { pageQuery, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

const quotesQuery = z.object({
  speaker: z.string().min(1).max(200).optional().describe('speaker name or actor code'),
  q: z.string().min(1).max(500).optional().describe('words in the quote'),
  article: z.coerce.number().int().min(1).optional(),
  ...pageQuery,
})

export const quotesRoute = defineRoute({
  method: 'get', path: '/api/quotes', tag: 'quotes', summary: 'Quotes with their speakers, by speaker, words or article',
  query: quotesQuery, response: quoteList,
  handler: ({ query: q, deps }: { query: z.output<typeof quotesQuery>; deps: ServeDeps }) =>
    deps.store.quotes({ speaker: q.speaker, q: q.q, article: q.article }, toPage(q)),
})

import { z } from 'zod'
import { clusterList } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { pageQuery, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'

const q = z.object(pageQuery)

export const duplicatesRoute = defineRoute({
  method: 'get', path: '/api/duplicates', tag: 'duplicates', summary: 'Near-duplicate clusters (syndicated and lightly rewritten copies), largest first',
  query: q, response: clusterList,
  handler: ({ query, deps }: { query: z.output<typeof q>; deps: ServeDeps }) => deps.store.clusters(toPage(query)),
})

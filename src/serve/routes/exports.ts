import { z } from 'zod'
import { EXPORT_FORMATS } from '../../export/export.js'
import type { ServeDeps } from '../deps.js'
import { EXPORT_MEDIA_TYPES, exportResponse } from '../export-stream.js'
import { eventFilterQuery, toEventFilter } from '../query-params.js'
import { defineRoute } from '../route.js'

const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).describe('gdelt (GDELT 2.0 Events TSV), plover (PLOVER JSON lines), csv (events), jsonl (analysis records), gexf / graphml (the network, for Gephi)'),
  ...eventFilterQuery,
})

export const exportRoute = defineRoute({
  method: 'get', path: '/api/export', tag: 'exports', summary: 'Download the store in an export format, with the event filters',
  query: exportQuery, produces: EXPORT_MEDIA_TYPES,
  handler: ({ query: q, deps }: { query: z.output<typeof exportQuery>; deps: ServeDeps }) => exportResponse(deps.store, q.format, toEventFilter(q)),
})

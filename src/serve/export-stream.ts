import { PassThrough, Readable } from 'node:stream'
import { exportStore, type ExportFormat } from '../export/export.js'
import type { EventFilter, Store } from '../store/store.js'

const TYPES: Record<ExportFormat, [string, string]> = {
  gdelt: ['text/tab-separated-values; charset=utf-8', 'entente-events.gdelt.tsv'],
  plover: ['application/x-ndjson; charset=utf-8', 'entente-events.plover.jsonl'],
  csv: ['text/csv; charset=utf-8', 'entente-events.csv'],
  jsonl: ['application/x-ndjson; charset=utf-8', 'entente-records.jsonl'],
  gexf: ['application/xml; charset=utf-8', 'entente-network.gexf'],
  graphml: ['application/xml; charset=utf-8', 'entente-network.graphml'],
}

export const EXPORT_MEDIA_TYPES = [...new Set(Object.values(TYPES).map(([t]) => t.split(';')[0]!))]

/** Streams one of the store's export formats (src/export) as a download, with backpressure, never all in memory. */
export function exportResponse(store: Store, format: ExportFormat, filter: EventFilter): Response {
  const pass = new PassThrough()
  exportStore(store, format, pass, { filter, header: true }).then(() => pass.end(), (e: Error) => pass.destroy(e))
  const [type, filename] = TYPES[format]
  return new Response(Readable.toWeb(pass) as ReadableStream, {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"` },
  })
}

import { readInputs, type ReadOptions } from '../ingest/index.js'
import type { Pipeline } from '../pipeline/index.js'
import { toRecord } from '../record/index.js'
import { contentHash } from '../store/content-hash.js'
import type { Store } from '../store/store.js'

export interface IngestSummary { read: number; inserted: number; unchanged: number; events: number; failed: number }

/** Reads inputs, analyses each once and stores it (idempotent by content hash). A serial loop: this is for the
 *  bundled examples and tests; `entente ingest` is the batch path for big corpora. Bad inputs are recorded, not fatal. */
export async function ingestInputs(store: Store, pipeline: Pipeline, specs: string[], opts: ReadOptions = {}): Promise<IngestSummary> {
  const sum: IngestSummary = { read: 0, inserted: 0, unchanged: 0, events: 0, failed: 0 }
  for await (const item of readInputs(specs, opts)) {
    sum.read++
    if (item.error) {
      sum.failed++
      await store.recordFailure(item.error.location, item.error.code, item.error.message)
      continue
    }
    const hash = contentHash(item.input)
    if (await store.hasContentHash(hash)) { sum.unchanged++; continue }
    const result = await store.putArticle(toRecord(pipeline.run(item.input)), { contentHash: hash })
    if (result.inserted) { sum.inserted++; sum.events += result.events } else sum.unchanged++
  }
  return sum
}

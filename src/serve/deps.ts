import type { RawInput } from '../article/index.js'
import type { AnalysisRecord } from '../record/index.js'
import type { QueueMonitor } from '../queue/monitor.js'
import type { Store } from '../store/store.js'

/** What the routes need from the rest of entente; built once at boot (createPipeline once, many requests). */
export interface ServeDeps {
  store: Store
  analyze: (input: RawInput) => AnalysisRecord
  /** Fetches a URL into a RawInput (the HTML reader); absent when the URL reader is not available. */
  fetchUrl?: (url: string) => Promise<RawInput>
  version: string
  /** The ingest queue this server reports on (`--queue`), for /-/queues and /-/health. */
  queue?: QueueMonitor
}

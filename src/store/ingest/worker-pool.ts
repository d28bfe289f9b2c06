import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { RawInput } from '../../article/index.js'
import type { PipelineOptions } from '../../pipeline/index.js'
import type { Analysed } from './analyze-input.js'
import type { AnalysisReply } from './analysis-worker.js'

export interface AnalysisPool { analyze(input: RawInput): Promise<Analysed>; close(): Promise<void> }

/** The pool cannot analyse at all (a worker failed before its first result): the batch must stop. */
export class AnalysisPoolError extends Error { readonly code = 'ingest/workers-failed' }

// The worker runs TypeScript sources: it registers tsx first, as bin/entente.js does for the main thread.
const TSX_ESM_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
const WORKER_URL = new URL('./analysis-worker.ts', import.meta.url).href
const BOOT = `import(${JSON.stringify(TSX_ESM_API)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}) })`

interface Slot { worker: Worker; pending: Map<number, { resolve: (a: Analysed) => void; reject: (e: Error) => void }>; done: number }

/** N worker threads, each with its own pipeline; requests go to the least busy worker. A worker that
 *  dies after working (an article that exhausts memory, say) fails its pending articles and is replaced. */
export function createAnalysisPool(size: number, pipelineOptions: PipelineOptions = {}): AnalysisPool {
  let broken: AnalysisPoolError | null = null
  let closing = false
  const spawnSlot = (): Slot => {
    const slot: Slot = { worker: new Worker(BOOT, { eval: true, workerData: { pipelineOptions } }), pending: new Map(), done: 0 }
    let lastError = ''
    slot.worker.on('message', (r: AnalysisReply) => {
      const p = slot.pending.get(r.seq)
      if (!p) return
      slot.pending.delete(r.seq)
      slot.done++
      if (r.ok) p.resolve(r.result)
      else p.reject(new Error(r.error))
    })
    slot.worker.on('error', (e) => { lastError = e.message })
    slot.worker.on('exit', (code) => {
      if (closing) return
      const reason = `analysis worker stopped (status ${code})${lastError ? `: ${lastError}` : ''}`
      if (!slot.done) broken = new AnalysisPoolError(reason)
      for (const p of slot.pending.values()) p.reject(broken ?? new Error(reason))
      slot.pending.clear()
      if (!broken) slots[slots.indexOf(slot)] = spawnSlot()
    })
    return slot
  }
  const slots = Array.from({ length: size }, spawnSlot)
  let seq = 0
  return {
    analyze(input) {
      if (broken) return Promise.reject(broken)
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
      const id = seq++
      return new Promise<Analysed>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject })
        slot.worker.postMessage({ seq: id, input })
      })
    },
    async close() { closing = true; await Promise.all(slots.map((s) => s.worker.terminate())) },
  }
}

import { parentPort, workerData } from 'node:worker_threads'
import type { RawInput } from '../../article/index.js'
import { createPipeline } from '../../pipeline/index.js'
import { analyzeInput } from './analyze-input.js'

// Worker thread: builds the pipeline once, then analyses whatever the main thread sends.
export interface AnalysisRequest { seq: number; input: RawInput }
export type AnalysisReply = { seq: number; ok: true; result: ReturnType<typeof analyzeInput> } | { seq: number; ok: false; error: string }

const pipeline = createPipeline(workerData?.pipelineOptions ?? {})
parentPort!.on('message', (msg: AnalysisRequest) => {
  let reply: AnalysisReply
  try { reply = { seq: msg.seq, ok: true, result: analyzeInput(pipeline, msg.input) } } catch (e) { reply = { seq: msg.seq, ok: false, error: (e as Error).message } }
  parentPort!.postMessage(reply)
})

// The library surface: `import { analyze } from 'entente'`.
import type { InputFormat, RawInput } from './article/index.js'
import { detectFormat } from './ingest/detect.js'
import { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/index.js'
import { toRecord, type AnalysisRecord } from './record/index.js'

export * from './article/index.js'
export { createPipeline, checkStages, DEFAULT_STAGES, defineStage } from './pipeline/index.js'
export type { Pipeline, PipelineOptions, Stage } from './pipeline/index.js'
export { toRecord, validateRecord } from './record/index.js'
export type { AnalysisRecord } from './record/index.js'
export { readInputs } from './ingest/index.js'

let shared: Pipeline | null = null

export interface AnalyzeOptions extends PipelineOptions { format?: InputFormat; source?: string; id?: string }

/** Analyses one article given as text (clip, plain, Markdown or HTML) and returns its analysis record. */
export function analyze(content: string | RawInput, options: AnalyzeOptions = {}): AnalysisRecord {
  shared ??= createPipeline()
  const input: RawInput = typeof content === 'string'
    ? { source: options.source ?? '-', content, format: options.format ?? detectFormat(content), id: options.id ?? null }
    : content
  return toRecord(shared.run(input, { capturedAt: options.capturedAt }))
}

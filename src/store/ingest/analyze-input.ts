import type { RawInput } from '../../article/index.js'
import { sketchText, type TextSketch } from '../../dedup/index.js'
import type { Pipeline } from '../../pipeline/index.js'
import { toRecord, type AnalysisRecord } from '../../record/index.js'

export interface Analysed { record: AnalysisRecord; sketch: TextSketch }

/** The CPU-heavy part of ingesting one article (runs in a worker thread, or inline when serial). */
export function analyzeInput(pipeline: Pipeline, input: RawInput): Analysed {
  const record = toRecord(pipeline.run(input))
  return { record, sketch: sketchText(record.text) }
}

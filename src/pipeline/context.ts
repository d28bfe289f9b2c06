/**
 * What stages share across articles: loaded once when the pipeline is built (dictionaries,
 * knowledge base, options), then read-only while articles flow through.
 */
export interface PipelineOptions {
  /** Reference time for relative dates when the article has none (ISO). */
  capturedAt?: string | null
  /** Stop after this stage (inclusive); useful for debugging and benches. */
  until?: string
}

export interface PipelineContext {
  options: PipelineOptions
  /** Per-stage resources, keyed by stage name; a stage's `init` fills its own slot. */
  resources: Map<string, unknown>
}

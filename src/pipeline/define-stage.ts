import type { Article } from '../article/index.js'
import type { PipelineContext } from './context.js'

/**
 * A named step of the analysis. It declares what it reads (`requires`) and what it writes
 * (`provides`) as dotted keys (`text`, `meta.headline`, `spans.entities`), so the runner can
 * check the order once at start-up. `compute` is pure and returns a JSON-serialisable output;
 * `apply` writes that output onto the article (STYLE-ANCHORS §4).
 */
export interface Stage<Out = unknown> {
  name: string
  version: string
  description: string
  requires: string[]
  provides: string[]
  /** Optional one-time set-up when the pipeline is created (load dictionaries, build indexes), outside per-article time. */
  init?(ctx: PipelineContext): void
  compute(article: Article, ctx: PipelineContext): Out
  apply(article: Article, output: Out): void
}

export function defineStage<Out>(stage: Stage<Out>): Stage<Out> {
  if (!/^[a-z][a-z0-9-]*$/.test(stage.name)) throw new Error(`stage name must be kebab-case: ${stage.name}`)
  return stage
}

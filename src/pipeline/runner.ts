import { addMessage, createArticle, type Article, type RawInput } from '../article/index.js'
import { checkStages, type StageCheckRow } from './check.js'
import type { PipelineContext, PipelineOptions } from './context.js'
import type { Stage } from './define-stage.js'
import { DEFAULT_STAGES } from './registry.js'

export interface Pipeline {
  stages: readonly Stage<unknown>[]
  table: StageCheckRow[]
  context: PipelineContext
  /** Runs every stage on one input. Never throws for bad article content: a failing stage
   *  becomes an error message on the article and the later stages that need it are skipped. */
  run(input: RawInput, options?: PipelineOptions): Article
}

export class PipelineOrderError extends Error {}

/** Build once (dictionaries load here), then run on any number of articles — CLI, API and workers alike. */
export function createPipeline(options: PipelineOptions = {}, stages: readonly Stage<unknown>[] = DEFAULT_STAGES): Pipeline {
  const table = checkStages(stages)
  const broken = table.filter((r) => r.missing.length > 0)
  if (broken.length) {
    throw new PipelineOrderError(broken.map((r) => `stage ${r.stage} requires ${r.missing.join(', ')}, which no earlier stage provides`).join('; '))
  }
  const context: PipelineContext = { options, resources: new Map() }
  for (const stage of stages) stage.init?.(context)
  const until = options.until
  return {
    stages, table, context,
    run(input, runOptions) {
      const capturedAt = runOptions?.capturedAt ?? options.capturedAt ?? null
      const article = createArticle(input, { capturedAt })
      const failed = new Set<string>()
      for (const stage of stages) {
        if (failed.size > 0 && stage.requires.some((r) => failed.has(r))) {
          addMessage(article, 'pipeline/skipped', `stage ${stage.name} skipped: an earlier stage it needs failed`, { severity: 'warning', stage: stage.name })
          stage.provides.forEach((p) => failed.add(p))
          continue
        }
        const t0 = performance.now()
        try {
          stage.apply(article, stage.compute(article, context))
        } catch (err) {
          addMessage(article, 'pipeline/stage-failed', `stage ${stage.name} failed: ${(err as Error).message}`, { severity: 'error', stage: stage.name })
          stage.provides.forEach((p) => failed.add(p))
        }
        article.history.push({ stage: stage.name, version: stage.version, ms: performance.now() - t0 })
        if (until && stage.name === until) break
      }
      return article
    },
  }
}

import type { BenchDoc } from './corpus.js'

/** What one engine reports from its own child process. */
export interface EngineResult {
  engine: string
  articles: number
  words: number
  ms: number
  /** the same texts again in the same process, after the first pass (JIT warm) */
  warmMs?: number
  maxRssMb: number
  /** words/s of each run when the bench repeats engines (the reported figures are the fastest run's) */
  runs?: number[]
  /** analyze only: total ms per pipeline stage, from article.history */
  stages?: Record<string, number>
  errors?: number
}

export type EngineName = 'entente' | 'wink' | 'compromise'

/** Prepares an engine (models, dictionaries) outside the timed loop; returns the per-article function. */
export async function prepare(engine: EngineName): Promise<(doc: BenchDoc, stages: Record<string, number>) => number> {
  if (engine === 'entente') {
    const { createPipeline } = await import('../../src/pipeline/index.js')
    const { recordToInput } = await import('../../src/ingest/records.js')
    const pipeline = createPipeline()
    return (doc, stages) => {
      const article = pipeline.run(recordToInput(doc.record, 'bench', 'text'))
      for (const h of article.history) stages[h.stage] = (stages[h.stage] ?? 0) + h.ms
      return article.messages.some((m) => m.severity === 'error') ? 1 : 0
    }
  }
  if (engine === 'wink') {
    const winkNLP = (await import('wink-nlp')).default
    const model = (await import('wink-eng-lite-web-model')).default
    const nlp = winkNLP(model)
    return (doc) => { nlp.readDoc(doc.text); return 0 }
  }
  const nlp = (await import('compromise')).default
  return (doc) => {
    const d = nlp(doc.text)
    d.people().out('array'); d.places().out('array'); d.organizations().out('array')
    return 0
  }
}

// One engine in its own process, so its heap and peak RSS are its own: `node --import tsx
// bench/lib/engine-worker.ts <engine> <corpus> <limit>` prints one JSON EngineResult on stdout. The texts are timed
// twice: the first pass from a cold start (the reported figure), then again warm.
import { loadCorpus } from './corpus.js'
import { prepare, type EngineName, type EngineResult } from './engines.js'

const [engine, corpus, limitArg] = process.argv.slice(2) as [EngineName, string, string]
const docs = loadCorpus(corpus, Number(limitArg) || Infinity)
const run = await prepare(engine)
const stages: Record<string, number> = {}
let errors = 0
const t0 = performance.now()
for (const doc of docs) errors += run(doc, stages)
const ms = performance.now() - t0
// A second pass over the same texts in the same process: the JIT-warm rate a long-running ingest sees.
const unused: Record<string, number> = {}
const t1 = performance.now()
for (const doc of docs) run(doc, unused)
const warmMs = performance.now() - t1
const result: EngineResult = {
  engine, articles: docs.length, words: docs.reduce((n, d) => n + d.words, 0), ms, warmMs,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  ...(engine === 'entente' ? { stages, errors } : {}),
}
process.stdout.write(`${JSON.stringify(result)}\n`)

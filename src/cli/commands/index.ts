import type { Command } from 'commander'
import { registerActors } from './actors.js'
import { registerAnalyze } from './analyze.js'
import { registerDemo } from './demo.js'
import { registerEnqueue } from './enqueue.js'
import { registerEval } from './eval.js'
import { registerExport } from './export.js'
import { registerExplain } from './explain.js'
import { registerIngest } from './ingest.js'
import { registerJobs } from './jobs.js'
import { registerPipeline } from './pipeline.js'
import { registerQuery } from './query.js'
import { registerServe } from './serve.js'
import { registerWatch } from './watch.js'
import { registerWorker } from './worker.js'

// One line per command, in the order `entente --help` lists them.
export const COMMANDS: ((program: Command) => void)[] = [
  registerAnalyze,
  registerPipeline,
  registerIngest,
  registerQuery,
  registerExport,
  registerEval,
  registerActors,
  registerExplain,
  registerServe,
  registerDemo,
  registerEnqueue,
  registerWorker,
  registerWatch,
  registerJobs,
]

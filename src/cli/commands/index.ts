import type { Command } from 'commander'
import { registerActors } from './actors.js'
import { registerAnalyze } from './analyze.js'
import { registerDemo } from './demo.js'
import { registerEval } from './eval.js'
import { registerExplain } from './explain.js'
import { registerIngest } from './ingest.js'
import { registerPipeline } from './pipeline.js'
import { registerServe } from './serve.js'

// One line per command, in the order `entente --help` lists them.
export const COMMANDS: ((program: Command) => void)[] = [
  registerAnalyze,
  registerPipeline,
  registerIngest,
  registerEval,
  registerActors,
  registerExplain,
  registerServe,
  registerDemo,
]

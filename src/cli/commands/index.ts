import type { Command } from 'commander'
import { registerAnalyze } from './analyze.js'
import { registerPipeline } from './pipeline.js'

// One line per command, in the order `entente --help` lists them.
export const COMMANDS: ((program: Command) => void)[] = [
  registerAnalyze,
  registerPipeline,
]

import type { Command } from 'commander'
import { createPipeline } from '../../pipeline/index.js'
import { checkStages, DEFAULT_STAGES } from '../../pipeline/index.js'

export function registerPipeline(program: Command): void {
  program.command('pipeline')
    .description('print the analysis stages in order with what each requires and provides')
    .option('--json', 'print the table as JSON')
    .action((opts: { json?: boolean }) => {
      const rows = checkStages(DEFAULT_STAGES)
      if (opts.json) { process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`); return }
      const w = Math.max(...rows.map((r) => r.stage.length), 5)
      process.stdout.write(`${'stage'.padEnd(w)}  ver  requires → provides\n`)
      for (const r of rows) {
        const desc = DEFAULT_STAGES.find((s) => s.name === r.stage)!.description
        process.stdout.write(`${r.stage.padEnd(w)}  ${r.version.padEnd(3)}  ${r.requires.join(', ')} → ${r.provides.join(', ')}${r.missing.length ? `   MISSING: ${r.missing.join(', ')}` : ''}\n${' '.repeat(w + 7)}${desc}\n`)
      }
      createPipeline() // throws (one line, non-zero) when the order is broken
      process.stdout.write(`${rows.length} stages, order ok\n`)
    })
}

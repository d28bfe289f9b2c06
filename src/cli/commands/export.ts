import { createWriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'
import { InvalidArgumentError, type Command } from 'commander'
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../../export/index.js'
import { DEFAULT_DB, openStore } from '../../store/index.js'

interface ExportOpts { db: string; format: ExportFormat; out?: string; from?: string; to?: string; actor?: string; type?: string[]; outlet?: string; header?: boolean }

const format = (v: string): ExportFormat => {
  if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected one of ${EXPORT_FORMATS.join(', ')}`)
  return v as ExportFormat
}
const day = (v: string) => { if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError('expected a date YYYY-MM-DD'); return v }

export function registerExport(program: Command): void {
  program.command('export')
    .description('export stored events (GDELT 2.0 TSV, PLOVER JSONL, CSV), analysis records (JSONL) or the network (GEXF, GraphML)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '), format)
    .option('--db <path|url>', 'SQLite file or postgres:// URL', process.env.ENTENTE_DB ?? DEFAULT_DB)
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--from <date>', 'from day (YYYY-MM-DD)', day)
    .option('--to <date>', 'to day (YYYY-MM-DD)', day)
    .option('--actor <code>', 'only events with this actor on either side')
    .option('--type <types>', 'PLOVER event types, comma-separated', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--outlet <name>', 'only this outlet')
    .option('--header', 'gdelt: start with a line of column names')
    .action(async (opts: ExportOpts) => {
      const store = await openStore(opts.db)
      const out = opts.out ? createWriteStream(opts.out) : process.stdout
      try {
        const n = await exportStore(store, opts.format, out, { filter: { from: opts.from, to: opts.to, actor: opts.actor, type: opts.type, outlet: opts.outlet }, header: opts.header })
        if (opts.out) { out.end(); await finished(out) }
        process.stderr.write(`entente: exported ${n} ${opts.format === 'jsonl' ? 'articles' : opts.format === 'gexf' || opts.format === 'graphml' ? 'dyads' : 'events'}${opts.out ? ` to ${opts.out}` : ''}\n`)
      } finally { await store.close() }
    })
}

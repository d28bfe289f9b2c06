import type { Command } from 'commander'
import type { InputFormat } from '../../article/index.js'
import { readInputs } from '../../ingest/index.js'
import { createPipeline } from '../../pipeline/index.js'
import { toRecord, type AnalysisRecord } from '../../record/index.js'
import { CliError } from '../errors.js'
import { parseFormat, parseSize, parseWhen } from '../options.js'
import { createProgress } from '../progress.js'
import { formatSummary } from '../summary.js'

interface AnalyzeOpts { format?: InputFormat; json?: boolean; jsonl?: boolean; capturedAt?: string; maxBytes?: number; fetch?: boolean; progress?: boolean }

export function registerAnalyze(program: Command): void {
  program.command('analyze')
    .description('analyse articles (files, folders, JSON/JSONL, feeds, URLs or - for stdin) and print their analysis records')
    .argument('<inputs...>', 'files, folders, JSONL batches, feed files, URLs, or - for standard input')
    .option('--format <format>', 'force the input format: clip | text | markdown | html', parseFormat)
    .option('--json', 'print the analysis record as JSON (one input) or a JSON array')
    .option('--jsonl', 'print one analysis record per line (with its source)')
    .option('--captured-at <iso>', 'reference time for relative dates such as "10 HOURS AGO"', parseWhen)
    .option('--max-bytes <size>', 'largest article accepted (e.g. 20mb)', parseSize)
    .option('--fetch', 'fetch linked pages for feed items that carry only a link')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (inputs: string[], opts: AnalyzeOpts) => {
      const pipeline = createPipeline({ capturedAt: opts.capturedAt ?? null })
      const out = process.stdout
      const mode = opts.jsonl ? 'jsonl' : opts.json ? 'json' : 'summary'
      const progress = createProgress('analyze', opts.progress !== false)
      const collected: AnalysisRecord[] = []
      let ok = 0, failed = 0, withErrors = 0
      for await (const item of readInputs(inputs, { format: opts.format, maxBytes: opts.maxBytes, fetch: opts.fetch })) {
        if (item.error) {
          failed++
          progress.interrupt(`entente: ${item.error.location}: ${item.error.message} [${item.error.code}]`)
          progress.tick()
          continue
        }
        const record = toRecord(pipeline.run(item.input))
        if (record.messages.some((m) => m.severity === 'error')) withErrors++
        ok++
        progress.tick()
        if (mode === 'jsonl') out.write(`${JSON.stringify(record)}\n`)
        else if (mode === 'json') collected.push(record)
        else progress.interrupt(formatSummary(record, { color: out.isTTY === true }), 'stdout')
      }
      progress.stop()
      if (mode === 'json') out.write(`${JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2)}\n`)
      if (ok + failed === 0) throw new CliError('no inputs found')
      if (ok + failed > 1 || failed) process.stderr.write(`entente: ${ok} analysed${withErrors ? ` (${withErrors} with stage errors)` : ''}, ${failed} failed\n`)
      process.exitCode = failed || withErrors ? 1 : 0
    })
}

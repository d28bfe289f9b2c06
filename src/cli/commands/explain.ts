import type { Command } from 'commander'
import type { InputFormat } from '../../article/index.js'
import { explainEvents } from '../../extract/events/explain-text.js'
import { readInputs } from '../../ingest/index.js'
import { createPipeline } from '../../pipeline/index.js'
import { CliError } from '../errors.js'
import { parseFormat, parseWhen } from '../options.js'

interface ExplainOpts { format?: InputFormat; capturedAt?: string; json?: boolean }

export function registerExplain(program: Command): void {
  program.command('explain')
    .description('analyse articles and show, per event, the sentence, the matched rule, the actors\' resolution, modality cues, date and place')
    .argument('<inputs...>', 'files, folders, JSONL batches, or - for standard input')
    .option('--format <format>', 'force the input format: clip | text | markdown | html', parseFormat)
    .option('--captured-at <iso>', 'reference time for relative dates when the article has no date', parseWhen)
    .option('--json', 'print the events with their reasoning as JSON')
    .action(async (inputs: string[], opts: ExplainOpts) => {
      const pipeline = createPipeline({ capturedAt: opts.capturedAt ?? null })
      let n = 0
      for await (const item of readInputs(inputs, { format: opts.format })) {
        if (item.error) { process.stderr.write(`entente: ${item.error.location}: ${item.error.message} [${item.error.code}]\n`); process.exitCode = 1; continue }
        const article = pipeline.run(item.input)
        n++
        if (opts.json) process.stdout.write(`${JSON.stringify({ source: article.source, events: article.spans.events ?? [] })}\n`)
        else process.stdout.write(explainEvents(article))
        for (const m of article.messages) if (m.severity === 'error') process.stderr.write(`entente: ${article.source}: ${m.reason} [${m.code}]\n`)
      }
      if (n === 0 && !process.exitCode) throw new CliError('no inputs found')
    })
}

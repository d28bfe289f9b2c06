import type { Command } from 'commander'
import type { InputFormat, RawInput } from '../../article/index.js'
import { readInputs } from '../../ingest/index.js'
import { createProducer } from '../../queue/index.js'
import { parseFormat, parseSize } from '../options.js'
import { defaultQueueUrl } from './queue-defaults.js'

export function registerEnqueue(program: Command): void {
  program.command('enqueue')
    .description('put articles (files, folders, JSONL, feeds, URLs) on the Redis queue for `entente worker`')
    .argument('<inputs...>', 'files, folders, JSONL batches, feed files or URLs')
    .option('--queue <url>', 'Redis URL (env ENTENTE_QUEUE)', defaultQueueUrl())
    .option('--format <format>', 'force the input format', parseFormat)
    .option('--max-bytes <size>', 'largest article accepted', parseSize)
    .option('--fetch', 'fetch linked pages for feed items that carry only a link')
    .option('--batch <n>', 'articles per Redis round trip', (v) => Number(v), 200)
    .action(async (inputs: string[], opts: { queue: string; format?: InputFormat; maxBytes?: number; fetch?: boolean; batch: number }) => {
      const producer = createProducer(opts.queue)
      let added = 0, existing = 0, failed = 0
      let batch: RawInput[] = []
      const flush = async () => { const r = await producer.enqueue(batch); added += r.added; existing += r.existing; batch = [] }
      try {
        for await (const item of readInputs(inputs, { format: opts.format, maxBytes: opts.maxBytes, fetch: opts.fetch })) {
          if (item.error) { failed++; process.stderr.write(`entente: ${item.error.location}: ${item.error.message} [${item.error.code}]\n`); continue }
          batch.push(item.input)
          if (batch.length >= opts.batch) await flush()
        }
        await flush()
      } finally {
        await producer.close()
      }
      process.stderr.write(`entente: ${added} enqueued, ${existing} already queued, ${failed} unreadable\n`)
      process.exitCode = failed ? 1 : 0
    })
}

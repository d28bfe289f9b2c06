import type { Command } from 'commander'
import type { InputFormat } from '../../article/index.js'
import { DEFAULT_DB, openStore } from '../../store/index.js'
import { estimateTotal, ingestBatch } from '../../store/ingest/index.js'
import { parseFormat, parseIntOption, parseSize, parseWhen } from '../options.js'
import { createProgress } from '../progress.js'

interface IngestOpts { db: string; workers?: number; format?: InputFormat; maxBytes?: number; capturedAt?: string; fetch?: boolean; progress?: boolean; json?: boolean; quiet?: boolean }

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('analyse articles (files, folders, JSON/JSONL, feeds) and store them; re-ingesting the same content changes nothing')
    .argument('<inputs...>', 'files, folders, JSONL batches, feed files, URLs, or - for standard input')
    .option('--db <path|url>', 'SQLite file or postgres:// URL', process.env.ENTENTE_DB ?? DEFAULT_DB)
    .option('--workers <n>', 'analysis threads (0 = in the main thread; default: one per core, less one for the writer above 2 cores)', parseIntOption)
    .option('--format <format>', 'force the input format: clip | text | markdown | html', parseFormat)
    .option('--max-bytes <size>', 'largest article accepted (e.g. 20mb)', parseSize)
    .option('--captured-at <iso>', 'reference time for relative dates such as "10 HOURS AGO"', parseWhen)
    .option('--fetch', 'fetch linked pages for feed items that carry only a link')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--quiet', 'do not print each failure as it happens')
    .action(async (inputs: string[], opts: IngestOpts) => {
      const store = await openStore(opts.db)
      try {
        const total = opts.progress === false ? 0 : await estimateTotal(inputs)
        const progress = createProgress('ingest', opts.progress !== false, total)
        const summary = await ingestBatch(inputs, {
          store, workers: opts.workers,
          read: { format: opts.format, maxBytes: opts.maxBytes, fetch: opts.fetch },
          pipeline: { capturedAt: opts.capturedAt ?? null },
          onItem: (o) => {
            if (o.kind === 'failed' && !opts.quiet) progress.interrupt(`entente: ${o.source}: ${o.reason} [${o.code}]`)
            progress.tick()
          },
        })
        progress.stop()
        const stats = await store.stats()
        if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, store: stats, db: store.location })}\n`)
        else {
          const rate = summary.read / Math.max(0.001, summary.seconds)
          process.stderr.write([
            `entente: ingested into ${store.location} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(0)} articles/s)`,
            `  ${summary.read} read: ${summary.inserted} new (${summary.duplicates} near-duplicates), ${summary.unchanged} already stored, ${summary.failures} failed`,
            `  ${summary.events} events added; the store now holds ${stats.articles} articles, ${stats.events} events, ${stats.mergedEvents} merged events, ${stats.clusters} duplicate clusters, ${stats.failures} failures`,
          ].join('\n') + '\n')
        }
        if (summary.read === 0) process.stderr.write('entente: no inputs found\n')
        process.exitCode = summary.failures || summary.read === 0 ? 1 : 0
      } finally {
        await store.close()
      }
    })
}

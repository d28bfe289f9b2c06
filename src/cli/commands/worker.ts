import type { Command } from 'commander'
import { startWorker } from '../../queue/index.js'
import { openStore } from '../../store/index.js'
import { parseIntOption } from '../options.js'
import { defaultDb, defaultQueueUrl } from './queue-defaults.js'

export function registerWorker(program: Command): void {
  program.command('worker')
    .description('analyse queued articles and write them to the store; run any number of these on any number of machines')
    .option('--queue <url>', 'Redis URL (env ENTENTE_QUEUE)', defaultQueueUrl())
    .option('--db <path|url>', 'store: a SQLite path or postgres:// URL (env ENTENTE_DB)', defaultDb())
    .option('--concurrency <n>', 'jobs in flight in this process', parseIntOption, 1)
    .option('--lock-ms <ms>', 'job lock time; a crashed worker\'s job is re-run after about this long', parseIntOption, 30_000)
    .action(async (opts: { queue: string; db: string; concurrency: number; lockMs: number }) => {
      const store = await openStore(opts.db)
      const w = startWorker({ redisUrl: opts.queue, store, concurrency: Math.max(1, opts.concurrency), lockMs: opts.lockMs, log: (l) => process.stderr.write(`entente worker: ${l}\n`) })
      process.stderr.write(`entente worker ${w.id}: ${opts.queue} → ${store.location} (concurrency ${opts.concurrency})\n`)
      await new Promise<void>((resolve) => {
        let stopping = false
        const stop = (sig: string) => {
          if (stopping) return
          stopping = true
          process.stderr.write(`entente worker ${w.id}: ${sig}, finishing the jobs in hand…\n`)
          void w.close().then(() => store.close()).finally(() => {
            process.stderr.write(`entente worker ${w.id}: stopped after ${w.stats.processed} jobs (${w.stats.failed} failed attempts)\n`)
            resolve()
          })
        }
        process.once('SIGTERM', () => stop('SIGTERM'))
        process.once('SIGINT', () => stop('SIGINT'))
      })
    })
}

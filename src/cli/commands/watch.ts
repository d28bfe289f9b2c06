import type { Command } from 'commander'
import { connectRedis, createProducer, parseInterval, pollFeeds } from '../../queue/index.js'
import { defaultQueueUrl } from './queue-defaults.js'

export function registerWatch(program: Command): void {
  program.command('watch')
    .description('poll feeds and enqueue their new items (deduplicated by link and content hash)')
    .argument('<feeds...>', 'feed URLs or files')
    .option('--queue <url>', 'Redis URL (env ENTENTE_QUEUE)', defaultQueueUrl())
    .option('--every <interval>', 'poll interval, e.g. 30s, 5m, 1h', '5m')
    .option('--once', 'poll once and exit')
    .option('--no-fetch', 'do not fetch linked pages of items that carry only a link')
    .action(async (feeds: string[], opts: { queue: string; every: string; once?: boolean; fetch: boolean }) => {
      const every = parseInterval(opts.every)
      const producer = createProducer(opts.queue)
      const redis = connectRedis(opts.queue)
      let stop = false
      process.once('SIGTERM', () => { stop = true })
      process.once('SIGINT', () => { stop = true })
      try {
        do {
          for (const r of await pollFeeds(feeds, producer, redis, { fetch: opts.fetch })) {
            process.stderr.write(`entente watch: ${r.feed}: ${r.items} items, ${r.enqueued} new, ${r.seen} seen${r.errors.length ? `, ${r.errors.length} errors` : ''}\n`)
            for (const e of r.errors) process.stderr.write(`  ${e}\n`)
          }
          if (opts.once) break
          const until = Date.now() + every
          while (!stop && Date.now() < until) await new Promise((res) => setTimeout(res, Math.min(1000, until - Date.now())))
        } while (!stop)
      } finally {
        await producer.close()
        redis.disconnect()
      }
    })
}

import { Queue } from 'bullmq'
import type { Command } from 'commander'
import { connectRedis, QUEUE_NAME, queueStatus } from '../../queue/index.js'
import { defaultQueueUrl } from './queue-defaults.js'

export function registerJobs(program: Command): void {
  const jobs = program.command('jobs').description('inspect the article queue: depth, workers, failed jobs; re-run failures')
  const withQueue = async <T>(url: string, fn: (q: Queue, r: ReturnType<typeof connectRedis>) => Promise<T>): Promise<T> => {
    const redis = connectRedis(url)
    const q = new Queue(QUEUE_NAME, { connection: redis })
    try { return await fn(q, redis) } finally { await q.close(); redis.disconnect() }
  }
  jobs.command('status').description('queue depth, rates and live workers')
    .option('--queue <url>', 'Redis URL (env ENTENTE_QUEUE)', defaultQueueUrl()).option('--json', 'JSON output')
    .action(async (opts: { queue: string; json?: boolean }) => withQueue(opts.queue, async (q, r) => {
      const s = await queueStatus(q, r, { failures: 0 })
      if (opts.json) { process.stdout.write(`${JSON.stringify(s, null, 2)}\n`); return }
      process.stdout.write(`${Object.entries(s.counts).map(([k, v]) => `${k} ${v}`).join(' · ')}\n${s.rates.completedPerMin.toFixed(1)} completed/min, ${s.rates.failedPerMin.toFixed(1)} failed/min\n`)
      for (const w of s.workers) process.stdout.write(`worker ${w.id} on ${w.host}: ${w.processed} done, ${w.failed} failed, ${w.current} in hand, seen ${w.seenAt}\n`)
    }))
  jobs.command('failed').description('failed jobs with their reason')
    .option('--queue <url>', 'Redis URL (env ENTENTE_QUEUE)', defaultQueueUrl()).option('--json', 'JSON output').option('--limit <n>', 'how many', (v) => Number(v), 50)
    .action(async (opts: { queue: string; json?: boolean; limit: number }) => withQueue(opts.queue, async (q, r) => {
      const s = await queueStatus(q, r, { failures: opts.limit })
      if (opts.json) { process.stdout.write(`${JSON.stringify(s.failures, null, 2)}\n`); return }
      if (!s.failures.length) { process.stdout.write('no failed jobs\n'); return }
      for (const f of s.failures) process.stdout.write(`${f.id}  ${f.source}  after ${f.attempts} attempts: ${f.reason}\n`)
    }))
  jobs.command('retry').description('move failed jobs back to the queue (all, or the given ids)')
    .argument('[ids...]', 'job ids (default: all failed jobs)')
    .option('--queue <url>', 'Redis URL (env ENTENTE_QUEUE)', defaultQueueUrl())
    .action(async (ids: string[], opts: { queue: string }) => withQueue(opts.queue, async (q) => {
      let n = 0
      if (ids.length) {
        for (const id of ids) { const j = await q.getJob(id); if (j && (await j.isFailed())) { await j.retry(); n++ } else process.stderr.write(`entente: job ${id} is not a failed job\n`) }
      } else {
        n = (await q.getJobCounts('failed')).failed ?? 0
        await q.retryJobs({ state: 'failed', count: 1000 })
      }
      process.stdout.write(`${n} jobs re-queued\n`)
    }))
}

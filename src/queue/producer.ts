import { Queue } from 'bullmq'
import type { RawInput } from '../article/index.js'
import { connectRedis } from './connection.js'
import { DEFAULT_JOB_OPTIONS, jobIdFor, QUEUE_NAME, type ArticleJob } from './jobs.js'

export interface Producer { queue: Queue; enqueue(inputs: RawInput[]): Promise<{ added: number; existing: number }>; close(): Promise<void> }

export function createProducer(redisUrl: string): Producer {
  const connection = connectRedis(redisUrl)
  const queue = new Queue<ArticleJob>(QUEUE_NAME, { connection, defaultJobOptions: DEFAULT_JOB_OPTIONS })
  return {
    queue,
    async enqueue(inputs) {
      if (!inputs.length) return { added: 0, existing: 0 }
      const ids = inputs.map(jobIdFor)
      const before = await Promise.all(ids.map((id) => queue.getJob(id)))
      const now = new Date().toISOString()
      await queue.addBulk(inputs.map((input, i) => ({ name: 'article', data: { kind: 'article' as const, input, enqueuedAt: now }, opts: { jobId: ids[i] } })))
      const existing = before.filter(Boolean).length
      return { added: inputs.length - existing, existing }
    },
    async close() { await queue.close(); connection.disconnect() },
  }
}

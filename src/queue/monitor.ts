import { Queue } from 'bullmq'
import { connectRedis } from './connection.js'
import { QUEUE_NAME } from './jobs.js'
import { queueStatus, type QueueStatus } from './status.js'

export interface QueueMonitor { url: string; status(opts?: { failures?: number }): Promise<QueueStatus>; close(): Promise<void> }

/** A read-only view of the article queue for the server's `/-/queues` and `/-/health`. */
export function createQueueMonitor(url: string): QueueMonitor {
  const redis = connectRedis(url, { lazy: true })
  const queue = new Queue(QUEUE_NAME, { connection: redis })
  return {
    url: url.replace(/\/\/[^@/]*@/, '//'),
    // Commands wait through reconnects (BullMQ needs that), so bound the wait here: a page must answer.
    status: (opts) => withTimeout(queueStatus(queue, redis, opts), 3000),
    async close() { await queue.close(); redis.disconnect() },
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([p, new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms) })]).finally(() => clearTimeout(timer))
}

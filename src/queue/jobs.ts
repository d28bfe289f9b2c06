import { contentHash } from '../store/content-hash.js'
import type { JobsOptions } from 'bullmq'
import type { RawInput } from '../article/index.js'

export const QUEUE_NAME = 'entente-articles'

/** One article to analyse and store. The whole decoded input travels, so a worker needs no shared disk. */
export interface ArticleJob { kind: 'article'; input: RawInput; enqueuedAt: string }
export interface ArticleJobResult { articleId: string | number; inserted: boolean; events: number; ms: number }

/** Job ids are content hashes: enqueuing the same article twice while its job exists is a no-op,
 *  and the store's content-hash key makes any later re-run a no-op too. */
export function jobIdFor(input: RawInput): string {
  return `a-${contentHash(input)}`
}

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: false, // failed jobs stay visible with their reason until retried (`entente jobs failed|retry`)
}

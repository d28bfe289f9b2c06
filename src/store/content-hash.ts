import { createHash } from 'node:crypto'
import type { RawInput } from '../article/index.js'

/** The idempotency key of an article: sha-256 hex of its decoded input content.
 *  Same as the queue's job id basis, so a re-enqueued or re-ingested article is recognised before analysis. */
export function contentHash(input: Pick<RawInput, 'content'>): string {
  return createHash('sha256').update(input.content).digest('hex')
}

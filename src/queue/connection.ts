import { Redis } from 'ioredis'

/** A Redis connection as BullMQ needs it: commands wait through reconnects instead of failing
 *  (maxRetriesPerRequest: null), so a Redis restart pauses workers rather than losing jobs. */
export function connectRedis(url: string, opts: { lazy?: boolean } = {}): Redis {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`expected a redis:// URL, got ${url}`)
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: opts.lazy ?? false,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  })
}

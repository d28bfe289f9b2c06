import type { Redis } from 'ioredis'
import type { RawInput } from '../article/index.js'
import { readFile } from 'node:fs/promises'
import { decodeBytes } from '../ingest/decode.js'
import { fetchResource } from '../ingest/fetch.js'
import { parseFeed, type Feed } from '../ingest/feed.js'
import { feedInputs } from '../ingest/feed-reader.js'
import { decodeFetched, isHttpUrl } from '../ingest/url.js'
import { contentHash } from '../store/content-hash.js'
import type { Producer } from './producer.js'

const SEEN_URLS = 'entente:watch:seen-urls'
const SEEN_HASHES = 'entente:watch:seen-hashes'

export interface PollResult { feed: string; items: number; enqueued: number; seen: number; errors: string[] }

/** Reads each feed once and enqueues the items not seen before (by link and by content hash). */
export async function pollFeeds(feeds: string[], producer: Producer, redis: Redis, opts: { fetch?: boolean } = {}): Promise<PollResult[]> {
  const results: PollResult[] = []
  for (const feed of feeds) {
    const r: PollResult = { feed, items: 0, enqueued: 0, seen: 0, errors: [] }
    const fresh: RawInput[] = []
    let doc: Feed
    try { doc = await loadFeed(feed) } catch (e) { r.errors.push(`${feed}: ${(e as Error).message}`); results.push(r); continue }
    // Links already seen are dropped before anything is fetched: a poll costs one request per new item.
    const entries = []
    for (const entry of doc.entries) {
      if (entry.item?.link && (await redis.sismember(SEEN_URLS, entry.item.link))) { r.items++; r.seen++; continue }
      entries.push(entry)
    }
    for await (const item of feedInputs({ ...doc, entries }, { fetch: opts.fetch ?? true })) {
      if (item.error) { r.errors.push(`${item.error.location}: ${item.error.message}`); continue }
      r.items++
      const url = item.input.hints?.url ?? null
      const hash = contentHash(item.input)
      const [urlSeen, hashSeen] = await Promise.all([url ? redis.sismember(SEEN_URLS, url) : Promise.resolve(0), redis.sismember(SEEN_HASHES, hash)])
      if (urlSeen || hashSeen) { r.seen++; continue }
      fresh.push(item.input)
    }
    if (fresh.length) {
      await producer.enqueue(fresh)
      // Marked seen only once queued: a crash between the two re-enqueues (harmless: job ids and the store dedupe).
      const multi = redis.multi()
      for (const input of fresh) {
        multi.sadd(SEEN_HASHES, contentHash(input))
        if (input.hints?.url) multi.sadd(SEEN_URLS, input.hints.url)
      }
      await multi.exec()
    }
    r.enqueued = fresh.length
    results.push(r)
  }
  return results
}

async function loadFeed(spec: string): Promise<Feed> {
  if (isHttpUrl(spec)) return parseFeed(decodeFetched(await fetchResource(spec)).text, spec)
  return parseFeed(decodeBytes(await readFile(spec), spec).text, spec)
}

export function parseInterval(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(v.trim())
  if (!m) throw new Error(`expected an interval such as 30s, 5m or 1h, got "${v}"`)
  const n = Number(m[1])
  const unit = m[2] ?? 's'
  return Math.round(unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000)
}

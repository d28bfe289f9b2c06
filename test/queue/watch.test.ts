import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectRedis, createProducer, parseInterval, pollFeeds } from '../../src/queue/index.js'
import { startRedis, type RedisServer } from '../services/redis.js'

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${body} Officials in both capitals confirmed the talks would continue next month.</p></article></body></html>`

describe('entente watch: polling feeds', () => {
  let redis: RedisServer
  let server: Server
  let base = ''
  const hits: Record<string, number> = {}
  let items = 2
  beforeAll(async () => {
    redis = await startRedis()
    server = createServer((req, res) => {
      hits[req.url!] = (hits[req.url!] ?? 0) + 1
      if (req.url === '/feed.xml') {
        const entries = Array.from({ length: items }, (_, i) => `<item><title>Full item ${i}</title><link>${base}/full/${i}</link><pubDate>Tue, 02 Mar 2021 10:0${i}:00 GMT</pubDate><content:encoded><![CDATA[<p>Chile and Peru signed a fisheries accord on Tuesday, the ministers said in statement ${i}.</p><p>The accord covers quotas for the next five years.</p>]]></content:encoded></item>`).join('')
        res.setHeader('content-type', 'application/rss+xml')
        res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title><link>${base}</link>${entries}<item><title>Link only</title><link>${base}/page</link><description>Teaser only.</description></item></channel></rss>`)
        return
      }
      if (req.url === '/page') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page('Norway hosts talks', 'Norway hosted talks between the two delegations on Monday.')); return }
      res.statusCode = 404; res.end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((r) => server?.close(r))
    await redis?.stop()
  })

  it('enqueues new items once, fetching link-only items, and skips what it has seen without fetching again', async () => {
    const producer = createProducer(redis.url)
    const conn = connectRedis(redis.url)
    const [first] = await pollFeeds([`${base}/feed.xml`], producer, conn)
    expect(first).toMatchObject({ items: 3, enqueued: 3, seen: 0, errors: [] })
    expect(hits['/page']).toBe(1)
    expect(await producer.queue.getJobCounts('waiting')).toEqual({ waiting: 3 })

    items = 3 // the feed gains one item
    const [second] = await pollFeeds([`${base}/feed.xml`], producer, conn)
    expect(second).toMatchObject({ items: 4, enqueued: 1, seen: 3 })
    expect(hits['/page']).toBe(1) // the seen link was not fetched again
    expect(await producer.queue.getJobCounts('waiting')).toEqual({ waiting: 4 })
    await producer.close(); conn.disconnect()
  })

  it('reports an unreachable feed as an error and goes on', async () => {
    const producer = createProducer(redis.url)
    const conn = connectRedis(redis.url)
    const res = await pollFeeds([`${base}/missing.xml`, `${base}/feed.xml`], producer, conn)
    expect(res[0]!.errors[0]).toMatch(/missing\.xml/)
    expect(res[1]!.errors).toEqual([])
    await producer.close(); conn.disconnect()
  })

  it('reads poll intervals', () => {
    expect(parseInterval('5m')).toBe(300_000)
    expect(parseInterval('30s')).toBe(30_000)
    expect(() => parseInterval('soon')).toThrow(/interval/)
  })
})

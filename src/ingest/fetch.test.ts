import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanHtml } from '../clean/html/index.js'
import { InputError } from './errors.js'
import { fetchResource } from './fetch.js'
import { readInputs, type ReadItem } from './read-inputs.js'
import { fetchArticle } from './url.js'

// A real HTTP server on 127.0.0.1 (port 0) serving our own fixtures; never the internet.
const FIX = new URL('../../test/fixtures/', import.meta.url)
const fixture = (p: string) => readFileSync(new URL(p, FIX))
let server: Server
let base = ''
let bigBytesSent = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    const send = (type: string, body: Uint8Array | string, status = 200) => { res.writeHead(status, { 'content-type': type }); res.end(body) }
    const redirect = /^\/r\/(\d+)$/.exec(path)
    if (redirect) {
      const n = Number(redirect[1])
      res.writeHead(n === 0 ? 200 : 302, n === 0 ? { 'content-type': 'text/html; charset=utf-8' } : { location: `/r/${n - 1}` })
      return res.end(n === 0 ? fixture('html/opengraph-only/input.html') : undefined)
    }
    switch (path) {
      case '/article': return send('text/html; charset=utf-8', fixture('html/news-site-json-ld/input.html'))
      case '/cyrillic': return send('text/html; charset=windows-1251', fixture('html/windows-1251/input.html'))
      case '/japanese': return send('text/html', fixture('html/shift-jis/input.html'))
      case '/lying-header': return send('text/html; charset=iso-8859-1', fixture('html/news-site-json-ld/input.html'))
      case '/image': return send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
      case '/binary-as-html': return send('text/html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
      case '/missing': return send('text/html', 'gone', 404)
      case '/declared-huge': res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }); return res.end()
      case '/feed': return send('application/rss+xml', rssWithLinkOnlyItem())
      case '/slow': return // never answers: the client's timeout must fire
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/html' })
        const chunk = Buffer.alloc(64 * 1024, 'a')
        const pump = () => { while (!res.destroyed && bigBytesSent < 64 * 1024 * 1024 && res.write(chunk)) bigBytesSent += chunk.length; if (!res.destroyed && bigBytesSent < 64 * 1024 * 1024) res.once('drain', pump) }
        res.on('close', () => res.destroy())
        return pump()
      }
      default: return send('text/plain', 'not found', 404)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => { server.closeAllConnections(); server.close() })

function rssWithLinkOnlyItem(): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
<item><title>Harbour pact (from the feed)</title><link>${base}/article</link><pubDate>Fri, 14 Mar 2031 05:30:00 +0000</pubDate><description>Short teaser.</description></item>
<item><title>Gone</title><link>${base}/missing</link></item></channel></rss>`
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  try { await p } catch (e) { expect(e).toBeInstanceOf(InputError); return e as InputError }
  throw new Error('expected a failure')
}

async function collect(specs: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = []
  for await (const item of readInputs(specs, opts)) out.push(item)
  return out
}

describe('fetchArticle', () => {
  it('fetches an HTML page as an html input with its final URL', async () => {
    const input = await fetchArticle(`${base}/article`)
    expect(input).toMatchObject({ source: `${base}/article`, format: 'html', hints: { url: `${base}/article` } })
    expect(cleanHtml(input, { capturedAt: null }).meta.headline).toBe('Harbour states sign fisheries pact after night of talks')
  })

  it('honours the charset of the HTTP header (windows-1251) and of <meta charset> (Shift_JIS)', async () => {
    const ru = cleanHtml(await fetchArticle(`${base}/cyrillic`), { capturedAt: null })
    expect(ru.meta.headline).toBe('Городской совет утвердил бюджет на следующий год')
    expect(ru.text).toContain('Депутаты городского совета Заречного')
    const ja = cleanHtml(await fetchArticle(`${base}/japanese`), { capturedAt: null })
    expect(ja.meta.headline).toBe('市議会、新しい図書館の建設を承認')
    expect(ja.text).toContain('みなと市議会は九日')
  })

  it('keeps valid UTF-8 when the header claims a legacy charset', async () => {
    const input = await fetchArticle(`${base}/lying-header`)
    expect(input.content).toContain('“Nobody got everything they asked for')
  })

  it('follows up to 5 redirects and refuses a 6th', async () => {
    expect((await fetchArticle(`${base}/r/5`)).hints?.url).toBe(`${base}/r/0`)
    const e = await failure(fetchArticle(`${base}/r/6`))
    expect(e.code).toBe('fetch/too-many-redirects')
  })

  it('refuses images, binary served as text/html, HTTP errors and non-http URLs with clear codes', async () => {
    expect((await failure(fetchArticle(`${base}/image`))).message).toMatch(/image\/png is not a web page/)
    expect((await failure(fetchArticle(`${base}/binary-as-html`))).code).toBe('input/binary')
    expect((await failure(fetchArticle(`${base}/missing`))).message).toMatch(/404/)
    expect((await failure(fetchArticle('file:///etc/passwd'))).code).toBe('fetch/bad-url')
  })

  it('times out on a server that does not answer', async () => {
    const t0 = Date.now()
    const e = await failure(fetchArticle(`${base}/slow`, { timeoutMs: 300 }))
    expect(e.code).toBe('fetch/timeout')
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  it('stops a download as soon as it passes the size limit, announced or not', async () => {
    expect((await failure(fetchResource(`${base}/declared-huge`, { maxBytes: 1024 * 1024 }))).code).toBe('fetch/too-large')
    const e = await failure(fetchResource(`${base}/endless`, { maxBytes: 1024 * 1024 }))
    expect(e.code).toBe('fetch/too-large')
    await new Promise((r) => setTimeout(r, 100))
    expect(bigBytesSent).toBeLessThan(16 * 1024 * 1024) // aborted, not read to the end (64 MB)
  })
})

describe('URL and feed readers', () => {
  it('a feed URL: link-only items are skipped without --fetch', async () => {
    const items = await collect([`${base}/feed`])
    expect(items.map((i) => i.error?.code)).toEqual(['feed/skipped-link-only', 'feed/skipped-link-only'])
    expect(items[0]!.error!.location).toBe(`${base}/feed#item 1`)
  })

  it('a feed URL with --fetch: linked pages are fetched, a failing one is reported with its item', async () => {
    const items = await collect([`${base}/feed`], { fetch: true })
    expect(items[0]!.input).toMatchObject({ source: `${base}/feed#item 1`, format: 'html', hints: { url: `${base}/article`, headline: 'Harbour pact (from the feed)', outlet: 'Loopback News' } })
    expect(cleanHtml(items[0]!.input!, { capturedAt: null }).text).toContain('Valdora and Ostrena signed a fisheries agreement')
    expect(items[1]!.error).toMatchObject({ code: 'fetch/http-status', location: `${base}/feed#item 2` })
  })

  it('an article URL goes through readInputs like a file', async () => {
    const items = await collect([`${base}/article`])
    expect(items).toHaveLength(1)
    expect(items[0]!.input!.format).toBe('html')
  })
})

describe('publicOnly (for URLs submitted to a server)', () => {
  it('refuses loopback, link-local and IPv6 loopback hosts before any request (every redirect hop goes through the same check)', async () => {
    expect((await failure(fetchArticle(`${base}/article`, { publicOnly: true }))).code).toBe('fetch/private-address')
    expect((await failure(fetchArticle('http://169.254.169.254/latest/meta-data/', { publicOnly: true }))).code).toBe('fetch/private-address')
    expect((await failure(fetchArticle('http://[::1]:9/', { publicOnly: true }))).code).toBe('fetch/private-address')
  })

  it('classifies addresses', async () => {
    const { isPrivateAddress } = await import('./fetch-guard.js')
    expect(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'].filter((a) => !isPrivateAddress(a))).toEqual([])
    expect(['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700::1111'].filter(isPrivateAddress)).toEqual([])
  })
})

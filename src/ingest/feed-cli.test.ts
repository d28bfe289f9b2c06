import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// `entente analyze feed.xml` and `entente analyze http://…` through the real CLI (async spawn, so the
// loopback server in this process can answer the child's requests).
const root = new URL('../../', import.meta.url).pathname
const feed = new URL('../../test/fixtures/feeds/rss-full-content.xml', import.meta.url).pathname
const page = readFileSync(new URL('../../test/fixtures/html/news-site-json-ld/input.html', import.meta.url))
let server: Server
let base = ''

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/story') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page) }
    else { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found') }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => { server.closeAllConnections(); server.close() })

async function analyze(args: string[]) {
  try {
    const r = await promisify(execFile)(process.execPath, ['bin/entente.js', 'analyze', '--no-progress', '--jsonl', ...args], { cwd: root, timeout: 60_000 })
    return { status: 0, stdout: r.stdout, stderr: r.stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { status: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

describe('analyze feeds and URLs (real CLI)', () => {
  it('a feed: items with content are analysed with the item metadata; broken and link-only items get one line each', async () => {
    const r = await analyze([feed])
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(records.map((x) => [x.source, x.metadata.headline, x.metadata.published.iso])).toEqual([
      [`${feed}#item 1`, 'Port workers end three-day strike', '2031-04-02T14:20:00.000Z'],
      [`${feed}#item 4`, 'Lighthouse reopens to visitors', '2031-03-30T08:00:00.000Z'],
    ])
    expect(records[0].text).toMatch(/^Dock workers at the port of Kellan/)
    const lines = r.stderr.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^entente: ${feed}#item 2: malformed XML .*\\[feed/broken-item\\]$`))
    expect(lines[1]).toMatch(new RegExp(`^entente: ${feed}#item 3: skipped: .*--fetch.*\\[feed/skipped-link-only\\]$`))
    expect(r.status).toBe(1)
  })

  it('a URL: fetched, cleaned and analysed; a 404 is one line with its code', async () => {
    const r = await analyze([`${base}/story`, `${base}/gone`])
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(records).toHaveLength(1)
    expect(records[0].source).toBe(`${base}/story`)
    expect(records[0].metadata.headline).toBe('Harbour states sign fisheries pact after night of talks')
    expect(r.stderr).toMatch(new RegExp(`entente: ${base}/gone: the server answered 404.*\\[fetch/http-status\\]`))
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })
})

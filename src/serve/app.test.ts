import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { annotate } from '../../test/e2e/fixtures/annotate.js'
import { FIXTURE_ARTICLES } from '../../test/e2e/fixtures/articles.js'
import { contentHash } from '../store/content-hash.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/store.js'
import { allRoutes, createApp } from './app.js'
import { CONTENT_SECURITY_POLICY } from './security.js'
import { ServeError, serveDeps, startServer } from './server.js'

let dir: string
let store: Store
let app: ReturnType<typeof createApp>
const TOKEN = 'test-token-123'
const ids: Record<string, number> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-serve-'))
  store = await openStore(join(dir, 'api.db'))
  for (const spec of FIXTURE_ARTICLES) {
    const r = await store.putArticle(annotate(spec), { contentHash: contentHash({ content: spec.text }) })
    ids[spec.id] = r.id
  }
  mkdirSync(join(dir, 'web'))
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>ui</title>')
  app = createApp(serveDeps(store), { token: TOKEN, webDir: join(dir, 'web'), maxBodyBytes: 64 * 1024 })
})
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })

const json = async (path: string, init?: RequestInit) => { const r = await app.request(path, init); return { status: r.status, body: await r.json() as any, headers: r.headers } }
const post = (path: string, body: unknown, token?: string) => app.request(path, {
  method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
})

describe('error envelope', () => {
  it('every failure has the same {error:{code,message}} shape, from one onError', async () => {
    const failures: [string, Response | Promise<Response>, number, string][] = [
      ['unknown route', app.request('/api/nope'), 404, 'route/not-found'],
      ['bad query', app.request('/api/events?limit=0'), 400, 'request/invalid-query'],
      ['bad date', app.request('/api/network?from=yesterday'), 400, 'request/invalid-query'],
      ['missing article', app.request('/api/articles/999999'), 404, 'article/not-found'],
      ['bad id', app.request('/api/articles/abc'), 400, 'request/invalid-params'],
      ['missing actor', app.request('/api/actors/ZZZ'), 404, 'actor/not-found'],
      ['timeline without subject', app.request('/api/timeline'), 400, 'timeline/no-subject'],
      ['bad json', post('/api/analyze', '{nope'), 400, 'request/invalid-json'],
      ['bad body', post('/api/analyze', { text: 'a', html: '<p>b</p>' }), 400, 'request/invalid-body'],
      ['too large', post('/api/analyze', { text: 'x'.repeat(70 * 1024) }), 413, 'request/too-large'],
      ['no token', post('/api/articles', { text: 'Some text.' }), 401, 'auth/missing-token'],
      ['wrong token', post('/api/articles', { text: 'Some text.' }, 'nope'), 401, 'auth/wrong-token'],
    ]
    for (const [what, pending, status, code] of failures) {
      const res = await pending
      const body = await res.json() as Record<string, any>
      expect(res.status, what).toBe(status)
      expect(Object.keys(body), what).toEqual(['error'])
      expect(body.error.code, what).toBe(code)
      expect(typeof body.error.message, what).toBe('string')
      expect(Object.keys(body.error).every((k) => ['code', 'message', 'details'].includes(k)), what).toBe(true)
    }
  })

  it('hides internals of unexpected errors behind server/internal', async () => {
    const broken = createApp({ ...serveDeps(store), store: { ...store, stats: () => { throw new Error('disk on fire /secret/path') } } as Store }, { token: null, webDir: null })
    const errors: unknown[] = []
    const orig = console.error
    console.error = (...a: unknown[]) => { errors.push(a) }
    try {
      const res = await broken.request('/-/health')
      expect(res.status).toBe(500)
      const text = await res.text()
      expect(JSON.parse(text)).toEqual({ error: { code: 'server/internal', message: 'internal error; see the server log' } })
      expect(text).not.toContain('secret')
    } finally { console.error = orig }
    expect(errors.length).toBe(1)
  })
})

describe('openapi', () => {
  it('documents every mounted endpoint with its parameters', async () => {
    const { body: doc } = await json('/openapi.json')
    expect(doc.openapi).toBe('3.1.0')
    const documented = new Set(Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)))
    const mounted = app.routes.filter((r) => (r.path.startsWith('/api/') || r.path.startsWith('/-/')) && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    expect(mounted.length).toBeGreaterThanOrEqual(allRoutes().length)
    for (const m of mounted) expect(documented, m).toContain(m)
    expect(documented.size).toBe(allRoutes().length)
    const events = doc.paths['/api/events'].get
    expect(events.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['actor', 'type', 'quadClass', 'from', 'to', 'limit', 'offset']))
    expect(doc.paths['/api/articles'].post.security).toEqual([{ bearer: [] }])
    expect(doc.paths['/api/articles/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true })
    expect(doc.components.schemas.AnalysisRecord.required).toContain('events')
  })
})

describe('queries', () => {
  it('network: nodes with kinds, edges with counts and the cooperation/conflict split; denied events left out', async () => {
    const { status, body } = await json('/api/network')
    expect(status).toBe(200)
    const edge = (s: string, t: string) => body.edges.find((e: any) => e.source === s && e.target === t)
    expect(edge('CHN', 'PHL')).toMatchObject({ count: 2, conflict: 2, cooperation: 0 })
    expect(edge('JPN', 'KOR')).toMatchObject({ count: 1, cooperation: 1, conflict: 0, meanGoldstein: 8 })
    expect(body.nodes.find((n: any) => n.id === 'USA')).toMatchObject({ kind: 'state' })
    expect(body.edges.filter((e: any) => e.source === e.target)).toEqual([])
    expect((await json('/api/events?source=USA&target=USA')).body.total).toBe(1)
    const usaOnly = await json('/api/network?type=CONSULT')
    expect(usaOnly.body).toMatchObject({ nodes: [], edges: [] })
    const onlyGov = await json('/api/network?kind=government')
    expect(onlyGov.body.nodes).toEqual([])
    const conflict = await json('/api/network?quadClass=3,4')
    expect(conflict.body.edges.every((e: any) => e.cooperation === 0)).toBe(true)
    expect((await json('/api/network?kind=robots')).status).toBe(400)
  })

  it('events: filters, dyads in both directions, paging', async () => {
    const all = await json('/api/events?limit=2')
    expect(all.body.items).toHaveLength(2)
    expect(all.body.total).toBe(8)
    const accuse = await json('/api/events?type=ACCUSE')
    expect(accuse.body.items.map((e: any) => e.type)).toEqual(['ACCUSE', 'ACCUSE', 'ACCUSE'])
    const dyad = await json('/api/events?source=KOR&target=JPN&both=true')
    expect(dyad.body.items.map((e: any) => `${e.source}>${e.target}`).sort()).toEqual(['JPN>KOR', 'KOR>JPN'])
    const oneWay = await json('/api/events?source=KOR&target=JPN')
    expect(oneWay.body.total).toBe(1)
  })

  it('events.csv: a header and one row per matching event, as a download', async () => {
    const res = await app.request('/api/events.csv?actor=PHL')
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment/)
    expect(res.headers.get('content-security-policy')).toBeTruthy()
    const lines = (await res.text()).trim().split('\r\n')
    expect(lines[0]).toMatch(/^id,article_id,event_id,date,source/)
    expect(lines).toHaveLength(1 + 4)
  })

  it('export streams every format of the store', async () => {
    const gdelt = await app.request('/api/export?format=gdelt&type=ACCUSE')
    expect(gdelt.headers.get('content-type')).toMatch(/^text\/tab-separated-values/)
    const rows = (await gdelt.text()).trim().split('\n')
    expect(rows).toHaveLength(1 + 3)
    expect(rows[1]!.split('\t').length).toBe(rows[0]!.split('\t').length)
    const gexf = await (await app.request('/api/export?format=gexf')).text()
    expect(gexf).toContain('<gexf')
    expect(gexf).toContain('CHN')
    const jsonl = (await (await app.request('/api/export?format=jsonl')).text()).trim().split('\n').map((l) => JSON.parse(l))
    expect(jsonl.map((r) => r.id).sort()).toEqual(['fx-1', 'fx-2', 'fx-3'])
    expect((await app.request('/api/export?format=pdf')).status).toBe(400)
  })

  it('timeline: weekly points and the events under them', async () => {
    const { body } = await json('/api/timeline?actor=PHL&bucket=week')
    expect(body.bucket).toBe('week')
    expect(body.points.reduce((n: number, p: any) => n + p.count, 0)).toBe(3)
    expect(body.points.length).toBeGreaterThanOrEqual(2)
    expect(body.events.total).toBe(4)
  })

  it('articles, one article with its record, search, actors, quotes, duplicates', async () => {
    const list = await json('/api/articles')
    expect(list.body.total).toBe(3)
    const one = await json(`/api/articles/${ids['fx-1']}`)
    expect(one.body.headline).toContain('tidal energy')
    expect(one.body.record.events).toHaveLength(2)
    expect(one.body.record.text).toContain('turbine')
    const hits = await json('/api/articles?q=lighthouse')
    expect(hits.body.items.map((a: any) => a.id)).toEqual([ids['fx-2']])
    expect(hits.body.items[0].snippet).toMatch(/\[lighthouse\]/i)
    const search = await json('/api/search?q=turbine')
    expect(search.body.articles.total).toBe(1)
    expect(search.body.quotes.items[0].speakerName).toBe('Hana Mori')
    const actor = await json('/api/actors/PHL')
    expect(actor.body.actor.counterparts.map((c: any) => c.code).sort()).toEqual(['CHN', 'USA'])
    const actors = await json('/api/actors?q=Korea')
    expect(actors.body.items.map((a: any) => a.code)).toContain('KOR')
    const dups = await json('/api/duplicates')
    expect(dups.status).toBe(200)
    expect(Array.isArray(dups.body.items)).toBe(true)
  })
})

describe('analyze and ingest', () => {
  it('analyze returns a record for text and HTML without storing it', async () => {
    const before = (await json('/api/articles')).body.total
    const text = await post('/api/analyze', { text: 'Ministers met in Oslo on Monday. They talked for an hour.' })
    const record = await text.json() as any
    expect(text.status).toBe(200)
    expect(record.sentences).toHaveLength(2)
    const para = (s: string) => `<p>${s} The delegations spent most of the day on quotas, inspections and the rules for a joint commission that would settle disputes.</p>`
    const page = `<html><body><nav><a href="/">Home</a></nav><article><h1>Talks end</h1>${para('Ministers met in Oslo on Monday and agreed on a plan for the fisheries.')}${para('Officials said a treaty could follow in the autumn.')}${para('Industry groups welcomed the plan.')}</article><footer>© Test</footer></body></html>`
    const html = await post('/api/analyze', { html: page })
    const hr = await html.json() as any
    expect(hr.format).toBe('html')
    expect(hr.text).toContain('Ministers met in Oslo')
    expect(hr.text).not.toContain('<p>')
    expect((await json('/api/articles')).body.total).toBe(before)
  })

  it('analyze fetches a URL (served here on loopback)', async () => {
    const page = readFileSync(new URL('../../examples/forms/manila-protest.html', import.meta.url))
    const site = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page) })
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok))
    try {
      const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/asia/protest`
      const res = await post('/api/analyze', { url })
      const record = await res.json() as any
      expect(res.status).toBe(200)
      expect(record.metadata.headline).toContain('Philippines protests')
      expect(record.text).toContain('water cannon')
      expect(record.text).not.toContain('Most read')
      const refused = await post('/api/analyze', { url: 'file:///etc/passwd' })
      expect(refused.status).toBe(400)
      // A server reachable beyond loopback fetches public addresses only (no SSRF into the private network).
      const publicApp = createApp(serveDeps(store, undefined, { publicOnly: true }), { token: null, webDir: null })
      const blocked = await publicApp.request('/api/analyze', { method: 'POST', body: JSON.stringify({ url }), headers: { 'content-type': 'application/json' } })
      expect(blocked.status).toBe(502)
      expect(((await blocked.json()) as any).error).toMatchObject({ code: 'analyze/fetch-failed', details: { cause: 'fetch/private-address' } })
    } finally { site.close() }
  })

  it('ingest needs the token, stores once, and is idempotent', async () => {
    const body = { text: 'Norway and Iceland agreed on Friday to share weather data.', title: 'Weather pact', date: '2026-06-05', outlet: 'Test Post' }
    const first = await post('/api/articles', body, TOKEN)
    expect(first.status).toBe(200)
    const r1 = await first.json() as any
    expect(r1.inserted).toBe(true)
    const r2 = await (await post('/api/articles', body, TOKEN)).json() as any
    expect(r2).toMatchObject({ id: r1.id, inserted: false })
    const stored = await json(`/api/articles/${r1.id}`)
    expect(stored.body).toMatchObject({ headline: 'Weather pact', outlet: 'Test Post' })
  })
})

describe('security and UI', () => {
  it('sends the CSP and serves the UI for non-API paths', async () => {
    const res = await app.request('/some/page')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
    expect(await res.text()).toContain('<title>ui</title>')
    expect((await app.request('/api/events')).headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('system pages report health and the pipeline', async () => {
    const health = await json('/-/health')
    expect(health.body).toMatchObject({ ok: true, backend: 'sqlite', articles: expect.any(Number) })
    const pipeline = await json('/-/pipeline')
    expect(pipeline.body.stages.map((s: any) => s.stage)).toContain('segment')
  })

  it('refuses to listen beyond loopback without a token', async () => {
    await expect(startServer({ store, host: '0.0.0.0', port: 0, token: null, webDir: null })).rejects.toThrow(ServeError)
    const s = await startServer({ store, host: '127.0.0.1', port: 0, token: null, webDir: null })
    try {
      const res = await fetch(`${s.url}-/health`)
      expect(res.status).toBe(200)
    } finally { await s.close() }
  })
})

// API latency bench: ingests ../shared/corpus/allsides-intl.jsonl (3,094 articles) into a temp SQLite store,
// then calls the network, events and timeline endpoints through the real Hono app (`app.request`, no socket)
// and reports p50/p95. Usage: node --import tsx bench/api.ts [--db existing.db] [--n 60]
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createApp } from '../src/serve/app.js'
import { serveDeps } from '../src/serve/server.js'
import { openStore } from '../src/store/index.js'
import { ingestBatch } from '../src/store/ingest/ingest-batch.js'
import { mdTable, writeBenchSection } from './lib/benchmarks-md.js'

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined }
const CORPUS = resolve('../shared/corpus/allsides-intl.jsonl')
const N = Number(arg('n') ?? 60)

if (!existsSync(CORPUS)) { console.error(`bench:api: ${CORPUS} is missing (run from the repo root with ../shared beside it)`); process.exit(1) }

const tmp = arg('db') ? null : mkdtempSync(join(tmpdir(), 'entente-bench-api-'))
const dbPath = arg('db') ?? join(tmp!, 'allsides.db')
const store = await openStore(dbPath)
let ingestNote = `reused ${dbPath}`
if (!arg('db')) {
  const sum = await ingestBatch([CORPUS], { store })
  ingestNote = `ingested ${sum.inserted} articles, ${sum.events} event rows in ${sum.seconds.toFixed(1)} s`
}
const stats = await store.stats()
console.error(`bench:api: ${ingestNote}; store has ${stats.articles} articles, ${stats.events} event rows`)

const app = createApp(serveDeps(store), { token: null, webDir: null })
const top = (await store.actors(undefined, { limit: 2, offset: 0 })).items
const [a, b] = [top[0]?.code ?? 'USA', top[1]?.code ?? 'CHN']
const CASES: [string, string][] = [
  ['network (all, 400 strongest)', '/api/network'],
  ['network as the UI asks (150 strongest)', '/api/network?maxEdges=150'],
  ['network from 2015', '/api/network?from=2015-01-01'],
  ['network, conflict only', '/api/network?quadClass=3,4'],
  ['events page 1', '/api/events?limit=50'],
  ['events page 20', '/api/events?limit=50&offset=1000'],
  [`events by actor ${a}`, `/api/events?actor=${a}&limit=50`],
  [`events dyad ${a}–${b}`, `/api/events?source=${a}&target=${b}&both=true&limit=50`],
  ['events type ACCUSE, 2016–2018', '/api/events?type=ACCUSE&from=2016-01-01&to=2018-12-31&limit=50'],
  [`timeline ${a} weekly`, `/api/timeline?actor=${a}&bucket=week`],
]

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const rows: (string | number)[][] = []
for (const [name, url] of CASES) {
  const first = await app.request(url)
  if (first.status !== 200) throw new Error(`${url}: HTTP ${first.status} ${await first.text()}`)
  const size = (await first.arrayBuffer()).byteLength
  const times: number[] = []
  for (let i = 0; i < N; i++) {
    const t0 = performance.now()
    const res = await app.request(url)
    await res.arrayBuffer()
    times.push(performance.now() - t0)
  }
  times.sort((x, y) => x - y)
  rows.push([name, `\`${url}\``, pct(times, 50).toFixed(1), pct(times, 95).toFixed(1), (size / 1024).toFixed(1)])
  console.error(`${name.padEnd(34)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms`)
}
// The same two queries on the store directly: the difference is what the HTTP layer (validation, JSON) costs.
for (const [name, run] of [
  ['store.network() directly', () => store.network({ maxEdges: 400 })],
  [`store.events(actor ${a}) directly`, () => store.events({ actor: a }, { limit: 50, offset: 0 })],
] as [string, () => Promise<unknown>][]) {
  await run()
  const times: number[] = []
  for (let i = 0; i < N; i++) { const t0 = performance.now(); await run(); times.push(performance.now() - t0) }
  times.sort((x, y) => x - y)
  rows.push([name, '(no HTTP)', pct(times, 50).toFixed(1), pct(times, 95).toFixed(1), '—'])
  console.error(`${name.padEnd(34)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms`)
}
await store.close()
if (tmp) rmSync(tmp, { recursive: true, force: true })

const worst = Math.max(...rows.filter((r) => r[1] !== '(no HTTP)').map((r) => Number(r[3])))
writeBenchSection('api', [
  '## API latency (`npm run bench:api`)',
  '',
  `AllSides corpus (${stats.articles} articles, ${stats.events} event rows; ${ingestNote}), SQLite, through the Hono app without a socket, ${N} calls each after one warm-up, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores while measuring. Target: p95 < 100 ms for network and events queries — worst p95 here ${worst.toFixed(1)} ms. The last two rows run the store's queries directly: compare them with the matching API rows for the cost of the HTTP layer.`,
  '',
  mdTable(['query', 'request', 'p50 ms', 'p95 ms', 'response KiB'], rows),
].join('\n'))

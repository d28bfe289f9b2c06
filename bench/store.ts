// Store scale bench (`npm run bench:store`): ingest ../shared/corpus/allsides-intl.jsonl into a fresh SQLite
// store (articles/s, peak RSS, DB size), re-ingest it (must add nothing), ingest a synthetic corpus made by
// replicating AllSides with varied dates/outlets and small text changes, then grow the store to ≥ 1,000,000
// event rows and time the network and timeline queries.
// Usage: node --import tsx bench/store.ts [--synthetic 100000] [--events 1000000] [--workers N] [--runs 15] [--corpus FILE.jsonl] [--no-write]
import Database from 'better-sqlite3'
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { finished } from 'node:stream/promises'
import { openStore, type Store, type StoredArticle } from '../src/store/index.js'
import { defaultWorkers, ingestBatch, type IngestSummary } from '../src/store/ingest/index.js'
import { mdTable, writeBenchSection } from './lib/benchmarks-md.js'

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined }
const CORPUS = resolve(arg('corpus') ?? '../shared/corpus/allsides-intl.jsonl')
const SYNTHETIC = Number(arg('synthetic') ?? 100_000)
const EVENTS = Number(arg('events') ?? 1_000_000)
const WORKERS = Number(arg('workers') ?? defaultWorkers())
const RUNS = Number(arg('runs') ?? 15)
if (!existsSync(CORPUS)) { console.error(`bench:store: ${CORPUS} is missing (run from the repo root with ../shared beside it)`); process.exit(1) }

const tmp = mkdtempSync(join(tmpdir(), 'entente-bench-store-'))
const log = (s: string) => console.error(`bench:store: ${s}`)
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const dbMb = (p: string) => ((['', '-wal', '-shm'].map((x) => (existsSync(p + x) ? statSync(p + x).size : 0)).reduce((a, b) => a + b, 0)) / 2 ** 20).toFixed(0)

interface IngestRow { name: string; s: IngestSummary; rss: number; db: string }
const ingestRows: IngestRow[] = []
async function timedIngest(name: string, input: string, db: string): Promise<Store> {
  const store = await openStore(db)
  let last = Date.now()
  const s = await ingestBatch([input], { store, workers: WORKERS, onItem: () => { if (Date.now() - last > 10_000) { last = Date.now(); log(`${name}: …`) } } })
  const row = { name, s, rss: rssMb(), db: dbMb(db) }
  ingestRows.push(row)
  log(`${name}: ${s.read} read, ${s.inserted} new, ${s.unchanged} unchanged, ${s.failures} failed, ${s.events} events in ${s.seconds.toFixed(1)} s = ${(s.read / s.seconds).toFixed(1)} articles/s; peak RSS ${row.rss} MB; DB ${row.db} MB`)
  return store
}

/** Replicas of the AllSides records: dates shifted, outlets varied, one word changed so content hashes differ. */
async function writeSynthetic(path: string, n: number): Promise<void> {
  const base: Record<string, unknown>[] = []
  for await (const line of createInterface({ input: createReadStream(CORPUS) })) if (line.trim()) base.push(JSON.parse(line))
  const out = createWriteStream(path)
  for (let i = 0; i < n; i++) {
    const r = { ...base[i % base.length]! }
    const k = Math.floor(i / base.length) + 1
    const text = String(r.text ?? r.content ?? '')
    const cut = text.indexOf(' ', Math.floor(text.length / 2))
    r.text = `${text.slice(0, cut)} (update ${k}) ${text.slice(cut + 1)}`
    delete r.content
    const d = Date.parse(String(r.date ?? '2018-01-01'))
    r.date = new Date((Number.isNaN(d) ? Date.UTC(2018, 0, 1) : d) + (((k * 37) % 400) - 200) * 86_400_000).toISOString().slice(0, 10)
    r.source = `${r.source ?? 'Outlet'} ${k % 40}`
    if (!out.write(`${JSON.stringify(r)}\n`)) await new Promise<void>((res) => out.once('drain', () => res()))
  }
  out.end()
  await finished(out)
}

/** Grows a store to ≥ target event rows by copying its event rows with shifted dates (the corpus alone yields
 *  ~55k), then rebuilds the per-day and per-month aggregates from the rows, as ingest would have kept them. */
function growEvents(path: string, target: number): number {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  const count = () => (db.prepare('select count(*) n from events').get() as { n: number }).n
  const original = (db.prepare('select max(id) m from events').get() as { m: number }).m
  const cols = 'article_id, event_id, type, mode, context, cameo, quad_class, goldstein, source, source_name, source_country, target, target_name, target_country, outlet, negated, hypothetical, future, reported, evidence_text, evidence_start, evidence_end, rule, location, merged_id'
  for (let k = 1; count() < target; k++) {
    const shift = ((k * 53) % 720) - 360
    db.prepare(`insert into events (${cols}, day) select ${cols}, date(day, '${shift >= 0 ? '+' : ''}${shift} days') from events where id <= ? and day is not null`).run(original)
  }
  const factual = `negated = 0 and hypothetical = 0 and day is not null and source != '---' and target != '---'`
  db.exec(`delete from dyad_days; insert into dyad_days select source, target, day, type, quad_class, count(*), sum(goldstein) from events where ${factual} group by 1, 2, 3, 4, 5;
    delete from dyad_months; insert into dyad_months select source, target, substr(day, 1, 7) || '-01', type, quad_class, count(*), sum(goldstein) from events where ${factual} group by 1, 2, 3, 4, 5;
    delete from dyad_years; insert into dyad_years select source, target, substr(day, 1, 4) || '-01-01', type, quad_class, count(*), sum(goldstein) from events where ${factual} group by 1, 2, 3, 4, 5;
    analyze;`)
  const n = count()
  db.close()
  return n
}

async function latency(name: string, f: () => Promise<unknown>): Promise<[string, string, string]> {
  await f()
  const t: number[] = []
  for (let i = 0; i < RUNS; i++) { const t0 = performance.now(); await f(); t.push(performance.now() - t0) }
  t.sort((a, b) => a - b)
  const p = (q: number) => t[Math.min(t.length - 1, Math.floor(q * t.length))]!.toFixed(1)
  log(`${name.padEnd(44)} p50 ${p(0.5)} ms  p95 ${p(0.95)} ms`)
  return [name, p(0.5), p(0.95)]
}

try {
  const allsidesDb = join(tmp, 'allsides.db')
  let store = await timedIngest('AllSides (3,094 articles)', CORPUS, allsidesDb)
  await store.close()
  store = await timedIngest('AllSides again (must add nothing)', CORPUS, allsidesDb)
  const again = ingestRows[ingestRows.length - 1]!.s
  if (again.inserted !== 0) throw new Error(`re-ingest stored ${again.inserted} articles`)
  const corpusStats = await store.stats()
  // the store's own share: the same analysed records written again into a fresh store, no analysis
  const records: { record: StoredArticle['record']; options: { contentHash: string } }[] = []
  for await (const a of store.streamArticles()) records.push({ record: a.record, options: { contentHash: a.contentHash } })
  await store.close()
  const writeOnly = await openStore(join(tmp, 'write-only.db'))
  const w0 = performance.now()
  for (let i = 0; i < records.length; i += 32) await writeOnly.putArticles(records.slice(i, i + 32))
  const writeSeconds = (performance.now() - w0) / 1000
  await writeOnly.close()
  log(`write-only: ${records.length} analysed records in ${writeSeconds.toFixed(1)} s = ${(records.length / writeSeconds).toFixed(0)} articles/s`)
  records.length = 0

  const synPath = join(tmp, 'synthetic.jsonl')
  if (SYNTHETIC > 0) {
    await writeSynthetic(synPath, SYNTHETIC)
    const syn = await timedIngest(`synthetic (${SYNTHETIC.toLocaleString('en')} articles)`, synPath, join(tmp, 'synthetic.db'))
    await syn.close()
    rmSync(synPath, { force: true })
  }

  const t0 = performance.now()
  const events = growEvents(allsidesDb, EVENTS)
  log(`grew the AllSides store to ${events} event rows in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
  store = await openStore(allsidesDb)
  const top = (await store.network({ maxEdges: 1 })).edges[0]!
  const topActor = (await store.actors(undefined, { limit: 1 })).items[0]!.code
  const q: [string, string, string][] = []
  q.push(await latency('network, all time', () => store.network({})))
  q.push(await latency('network from 2015-01-01', () => store.network({ from: '2015-01-01' })))
  q.push(await latency('network 2016-03-10 … 2018-07-20', () => store.network({ from: '2016-03-10', to: '2018-07-20' })))
  q.push(await latency('network, conflict only (QuadClass 3,4)', () => store.network({ quadClass: [3, 4] })))
  q.push(await latency('network, type ACCUSE', () => store.network({ type: 'ACCUSE' })))
  const outlet = (await store.listArticles({}, { limit: 1 })).items[0]?.outlet ?? ''
  q.push(await latency('network of one outlet (scans event rows)', () => store.network({ outlet })))
  q.push(await latency(`timeline dyad ${top.source}–${top.target}, weekly`, () => store.timeline({ dyad: [top.source, top.target] }, 'week')))
  q.push(await latency(`timeline actor ${topActor}, monthly`, () => store.timeline({ actor: topActor }, 'month')))
  q.push(await latency(`events of dyad ${top.source}–${top.target}, page 1`, () => store.events({ dyad: [top.source, top.target] }, { limit: 50 })))
  await store.close()

  const md = [
    '## Event store (`npm run bench:store`)',
    '',
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${availableParallelism()} cores (shared with other sessions; load at start ${(await import('node:os')).loadavg()[0]!.toFixed(1)}), SQLite backend, ${WORKERS} analysis worker thread(s) + the writer thread. Ingest times include the full analysis pipeline (clean → events), which dominates; peak RSS is the whole process (workers included), cumulative over the run.`,
    '',
    mdTable(['ingest', 'read', 'new', 'near-dups', 'events', 'seconds', 'articles/s', 'peak RSS MB', 'DB MB'],
      ingestRows.map((r) => [r.name, r.s.read, r.s.inserted, r.s.duplicates, r.s.events, r.s.seconds.toFixed(1), (r.s.read / r.s.seconds).toFixed(1), r.rss, r.db])),
    '',
    `Store writes alone (the ${corpusStats.articles.toLocaleString('en')} analysed AllSides records written again into a fresh store in transactions of 32, SQLite, one thread): ${writeSeconds.toFixed(1)} s = **${(corpusStats.articles / writeSeconds).toFixed(0)} articles/s** (${(writeSeconds * 1000 / corpusStats.articles).toFixed(1)} ms per article with ${(corpusStats.events / corpusStats.articles).toFixed(1)} event rows each).`,
    '',
    `The synthetic corpus replicates AllSides with dates shifted by −200…+200 days, 40 outlet variants per source and one inserted word per copy (content hashes differ). Near-duplicates are searched within ±1 week of publication, so only copies that land in the same weeks cluster. ${SYNTHETIC < 100_000 ? `Run with --synthetic ${SYNTHETIC} here; at the measured rate 100,000 articles would take about ${(100_000 / (ingestRows[ingestRows.length - 1]!.s.read / ingestRows[ingestRows.length - 1]!.s.seconds) / 60).toFixed(0)} min on this machine.` : ''}`,
    '',
    `Query latency over ${events.toLocaleString('en')} event rows (${corpusStats.events.toLocaleString('en')} from the corpus, the rest copies of them with shifted dates written straight into the events table; the per-day/month/year aggregates rebuilt from the rows), ${RUNS} runs after one warm-up. Targets: network < 200 ms (goal 100 ms).`,
    '',
    mdTable(['query', 'p50 ms', 'p95 ms'], q),
  ].join('\n')
  if (!process.argv.includes('--no-write')) writeBenchSection('store', md)
  console.log(md)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

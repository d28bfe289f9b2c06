// `npm run bench`: the analyze pipeline over the AllSides corpus against wink-nlp's bare readDoc and
// compromise (people/places/organisations), each engine in its own child process on the same texts.
// Prints words/s, articles/s, peak RSS, the ratios and each stage's cost per word; writes BENCHMARKS.md.
//
//   npm run bench -- [--limit N] [--quick] [--runs N] [--compromise-limit N] [--corpus FILE] [--cpu-prof] [--no-write]
//
// The machine is shared: each engine runs --runs times (default 3), interleaved, and its fastest run is
// reported (the one least disturbed by other work), with the spread of all runs; peak RSS is the highest.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { writeBenchSection } from './lib/benchmarks-md.js'
import { DEFAULT_CORPUS } from './lib/corpus.js'
import type { EngineName, EngineResult } from './lib/engines.js'
import { formatReport } from './lib/report.js'

const { values: opts } = parseArgs({
  options: {
    limit: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'compromise-limit': { type: 'string' },
    corpus: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    write: { type: 'boolean', default: true },
    'no-write': { type: 'boolean', default: false },
  },
})

const corpus = opts.corpus ?? fileURLToPath(DEFAULT_CORPUS)
if (!existsSync(corpus)) {
  process.stderr.write(`bench: corpus not found: ${corpus} (the default is ../shared/corpus/allsides-intl.jsonl) [bench/no-corpus]\n`)
  process.exit(1)
}
const limit = opts.limit ? positive(opts.limit, '--limit') : opts.quick ? 300 : 0
// compromise is ~100× slower than the others: a subset keeps the run short; its words/s is still comparable.
const compromiseLimit = opts['compromise-limit'] ? positive(opts['compromise-limit'], '--compromise-limit') : Math.min(limit || Infinity, opts.quick ? 100 : 300)
const runs = opts.runs ? positive(opts.runs, '--runs') : opts.quick ? 1 : 3
const worker = fileURLToPath(new URL('./lib/engine-worker.ts', import.meta.url))
const profDir = join(tmpdir(), 'entente-bench-prof')

function runEngine(engine: EngineName, n: number): EngineResult {
  const flags = ['--import', 'tsx']
  if (opts['cpu-prof'] && engine === 'entente') { mkdirSync(profDir, { recursive: true }); flags.push('--cpu-prof', `--cpu-prof-dir=${profDir}`) }
  process.stderr.write(`bench: ${engine} on ${n || 'all'} articles…\n`)
  const r = spawnSync(process.execPath, [...flags, worker, engine, corpus, String(n)], { encoding: 'utf8', maxBuffer: 16 << 20 })
  if (r.status !== 0) {
    process.stderr.write(r.stderr)
    process.stderr.write(`bench: the ${engine} worker failed (exit ${r.status}) [bench/engine-failed]\n`)
    process.exit(1)
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as EngineResult
}

const engines: [EngineName, number][] = [['entente', limit], ['wink', limit], ['compromise', compromiseLimit]]
const all = new Map<EngineName, EngineResult[]>(engines.map(([e]) => [e, []]))
const loads: number[] = []
for (let r = 0; r < runs; r++) for (const [engine, n] of engines) { loads.push(loadavg()[0]!); all.get(engine)!.push(runEngine(engine, n)) }
// The fastest run of each engine, with the highest peak RSS of its runs and the spread of its words/s.
const results = engines.map(([engine]) => {
  const rs = all.get(engine)!
  const best = rs.reduce((a, b) => (b.ms < a.ms ? b : a))
  const warm = rs.map((x) => x.warmMs ?? Infinity)
  return { ...best, warmMs: Math.min(...warm), maxRssMb: Math.max(...rs.map((x) => x.maxRssMb)), runs: rs.map((x) => (x.words / x.ms) * 1000) }
})
const report = formatReport(results, {
  corpus: corpus.replace(/^.*\/shared\//, '../shared/'), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length,
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  load: `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`, runs,
  command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
})
process.stdout.write(`${report}\n`)
if (opts['cpu-prof']) process.stdout.write(`\nCPU profile of the entente run: ${profDir}\n`)
if (opts.write && !opts['no-write']) {
  writeBenchSection('analyze', report)
  process.stderr.write('bench: wrote the analyze section of BENCHMARKS.md\n')
}

function positive(s: string, name: string): number {
  const n = Number(s)
  if (!Number.isInteger(n) || n <= 0) { process.stderr.write(`bench: ${name} needs a positive integer, got "${s}" [bench/bad-option]\n`); process.exit(2) }
  return n
}

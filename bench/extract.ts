// Article body extraction benchmark: entente's HTML cleaner vs Readability.js (+ linkedom) on the same pages,
// same run. Usage: npm run bench:extract [-- --worst 15] [--dump /tmp/out] [--only <id-prefix>] [--no-write]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractArticle } from '../src/clean/html/index.js'
import { decodeBytes } from '../src/ingest/decode.js'
import { effectiveCharset, sniffDeclaredCharset } from '../src/ingest/fetch-charset.js'
import { mdTable, writeBenchSection } from './lib/benchmarks-md.js'
import { scorePage, summarise, type PageScore } from './extract-metric.js'

const DIR = new URL('../../shared/bench/article-extraction/', import.meta.url)
const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }

if (!existsSync(DIR)) {
  console.log(`bench:extract skipped: ${DIR.pathname} is not there (the shared benchmark set is needed)`)
  process.exit(0)
}

type Extractor = (html: string, url: string) => string
const entente: Extractor = (html, url) => extractArticle(html, { url }).text
const readability: Extractor = (html) => {
  const { document } = parseHTML(html)
  try { return new Readability(document as unknown as Document).parse()?.textContent ?? '' } catch { return '' }
}
const EXTRACTORS: [string, Extractor][] = [['entente', entente], ['Readability.js 0.6 + linkedom', readability]]

const truth = JSON.parse(readFileSync(new URL('ground-truth.json', DIR), 'utf8')) as Record<string, { articleBody: string; url: string }>
const only = opt('--only')
const pages = readdirSync(new URL('html/', DIR)).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -'.html.gz'.length))
  .filter((id) => truth[id] && (!only || id.startsWith(only))).sort()
  .map((id) => {
    const bytes = gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, DIR)))
    return { id, url: truth[id]!.url, gold: truth[id]!.articleBody, html: decodeBytes(bytes, id, effectiveCharset(bytes, sniffDeclaredCharset(bytes))).text }
  })

// Warm up both (JIT, lazy module init) on a few pages before timing.
for (const p of pages.slice(0, 5)) for (const [, x] of EXTRACTORS) x(p.html, p.url)

const results = EXTRACTORS.map(([name]) => ({ name, scores: [] as PageScore[], ms: [] as number[], out: [] as string[] }))
pages.forEach((p, i) => {
  // Alternate the order per page so neither extractor always runs on a warmer cache.
  const order = i % 2 ? [1, 0] : [0, 1]
  for (const k of order) {
    const t0 = performance.now()
    const text = EXTRACTORS[k]![1](p.html, p.url)
    results[k]!.ms.push(performance.now() - t0)
    results[k]!.scores.push(scorePage(p.gold, text))
    results[k]!.out.push(text)
  }
})

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2 }
const rows = results.map((r) => ({ ...r, sum: summarise(r.scores), mean: mean(r.ms), median: median(r.ms) }))
const f = (x: number) => x.toFixed(3)
for (const r of rows) console.log(`${r.name.padEnd(32)} P ${f(r.sum.precision)}  R ${f(r.sum.recall)}  F1 ${f(r.sum.f1)}  ${r.mean.toFixed(1)} ms/page mean, ${r.median.toFixed(1)} median`)
const [ours, theirs] = rows as [typeof rows[0], typeof rows[0]]
console.log(`time ratio entente / Readability: mean ${(ours.mean / theirs.mean).toFixed(2)}, median ${(ours.median / theirs.median).toFixed(2)} (${pages.length} pages)`)

const worst = Number(opt('--worst') ?? 0)
if (worst) {
  const f1 = (s: PageScore) => { const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0, r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0; return p + r ? (2 * p * r) / (p + r) : 0 }
  const order = pages.map((p, i) => ({ p, i, s: ours.scores[i]!, rs: theirs.scores[i]! })).sort((a, b) => f1(a.s) - f1(b.s)).slice(0, worst)
  for (const { p, s, rs } of order) console.log(`${p.id.slice(0, 10)} F1 ${f(f1(s))} (P ${f(s.tp / (s.tp + s.fp || 1))} R ${f(s.tp / (s.tp + s.fn || 1))}) readability ${f(f1(rs))}  ${p.url}`)
}
const dump = opt('--dump')
if (dump) {
  mkdirSync(dump, { recursive: true })
  pages.forEach((p, i) => { writeFileSync(`${dump}/${p.id.slice(0, 10)}.ours.txt`, ours.out[i]!); writeFileSync(`${dump}/${p.id.slice(0, 10)}.gold.txt`, p.gold); writeFileSync(`${dump}/${p.id.slice(0, 10)}.read.txt`, theirs.out[i]!) })
}

if (!args.includes('--no-write') && !only) {
  const table = mdTable(['extractor', 'precision', 'recall', 'F1', 'ms/page mean', 'ms/page median'], [
    ...rows.map((r) => [`**${r.name}** (this run)`, f(r.sum.precision), f(r.sum.recall), f(r.sum.f1), r.mean.toFixed(1), r.median.toFixed(1)]),
    ['rs_trafilatura (published)', '', '', '0.970', '', ''], ['go_trafilatura (published)', '0.940', '0.980', '0.960', '', ''],
    ['trafilatura 2.0.0 (published)', '', '', '0.958', '', ''], ['Readability.js 0.6.0 + jsdom (published)', '', '', '0.947', '', ''],
  ])
  writeBenchSection('extract', `## Article body extraction (\`npm run bench:extract\`)

${pages.length} pages of ../shared/bench/article-extraction (Zyte article-extraction-benchmark); metric re-implemented from its README
(4-token shingles, macro-averaged P and R, F1 of the means). Times include parsing the page with linkedom, for both
extractors; entente's time also includes reading the page's metadata. Run ${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.

${table}

Time ratio entente / Readability in this run: mean ${(ours.mean / theirs.mean).toFixed(2)}, median ${(ours.median / theirs.median).toFixed(2)}.`)
}

import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Quote, Range } from '../article/index.js'
import { quotesStage } from '../extract/quotes/index.js'
import { createPipeline, type Pipeline } from '../pipeline/index.js'
import { DEFAULT_STAGES } from '../pipeline/registry.js'

// Scores quote attribution on PolNeAR (../shared/bench/quotes/polnear.*.jsonl): one document per
// line with `text` and `attributions` [{source, cue, content, direct}], each a span or a list of
// spans. A system quote matches a gold attribution when the token F1 of their content spans is
// ≥ 0.5 (one-to-one, best pairs first); its source is right when the speaker's mention overlaps
// the gold source span. PolNeAR's content is the whole attributed clause, so a quote's `clause`
// stands for it when set, and quotes sharing one clause count once.

interface Span extends Range { text?: string }
type Spans = Span | Span[] | null | undefined
interface GoldAttribution { id: string; source?: Spans; cue?: Spans; content?: Spans; direct?: boolean }
export interface PolnearDoc { id: string; text: string; attributions: GoldAttribution[] }

export interface PolnearCounts { gold: number; system: number; matched: number; sourceRight: number }
export interface PolnearScores extends PolnearCounts {
  content: { p: number; r: number; f1: number }
  sourceAccuracy: number
  attribution: { p: number; r: number; f1: number }
}

const MATCH_F1 = 0.5

/** Entry point of `entente eval --polnear FILE`. Returns the exit status. */
export async function runPolnear(file: string, opts: { json?: boolean; limit?: number } = {}): Promise<number> {
  const pipeline = quotePipeline()
  const total: PolnearCounts = { gold: 0, system: 0, matched: 0, sourceRight: 0 }
  let docs = 0
  const t0 = performance.now()
  let lineNo = 0
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    lineNo++
    if (!line.trim()) continue
    let doc: PolnearDoc
    try { doc = JSON.parse(line) as PolnearDoc } catch (e) {
      process.stderr.write(`entente: ${file}:${lineNo}: not JSON: ${(e as Error).message} [polnear/bad-line]\n`)
      return 1
    }
    if (typeof doc.text !== 'string' || !Array.isArray(doc.attributions)) {
      process.stderr.write(`entente: ${file}:${lineNo}: expected {text, attributions[]} [polnear/bad-doc]\n`)
      return 1
    }
    add(total, scoreDocument(doc, systemQuotes(pipeline, doc)))
    if (opts.limit && ++docs >= opts.limit) break
    if (!opts.limit) docs++
  }
  const scores = finish(total)
  const ms = performance.now() - t0
  if (opts.json) process.stdout.write(`${JSON.stringify({ file, documents: docs, ms: Math.round(ms), ...scores }, null, 2)}\n`)
  else process.stdout.write(`${formatPolnear(file, docs, scores)}\n`)
  return 0
}

/** The default pipeline, with the quote stage added when the registry does not have it yet. */
export function quotePipeline(): Pipeline {
  if (DEFAULT_STAGES.some((s) => s.name === 'quotes')) return createPipeline()
  const hasEntities = DEFAULT_STAGES.some((s) => s.provides.includes('spans.entities'))
  const quotes = hasEntities ? quotesStage : { ...quotesStage, requires: quotesStage.requires.filter((r) => r !== 'spans.entities') }
  return createPipeline({}, [...DEFAULT_STAGES, quotes])
}

/** System quotes with offsets mapped back into the document's own text (cleaning may fold spaces). */
export function systemQuotes(pipeline: Pipeline, doc: PolnearDoc): Quote[] {
  const article = pipeline.run({ source: doc.id, id: doc.id, content: doc.text, format: 'text' })
  return mapQuotes(article.text, doc.text, article.spans.quotes ?? [])
}

/** Quotes found in the cleaned `text` with their offsets in the `original` document. */
export function mapQuotes(text: string, original: string, quotes: Quote[]): Quote[] {
  if (text === original) return quotes
  const map = offsetMap(text, original)
  const r = (x: Range): Range => ({ start: map(x.start), end: map(x.end) })
  return quotes.map((q) => ({
    ...q, ...r(q), clause: q.clause ? r(q.clause) : q.clause,
    cueSpan: q.cueSpan ? r(q.cueSpan) : q.cueSpan,
    speaker: q.speaker && mapSpeaker(q.speaker, r),
    speakers: q.speakers?.map((s) => mapSpeaker(s, r)),
  }))
}

function mapSpeaker<S extends { mention: (Range & { text: string }) | null }>(s: S, r: (x: Range) => Range): S {
  return { ...s, mention: s.mention ? { ...s.mention, ...r(s.mention) } : null }
}

/** Maps offsets of `cleaned` to offsets of `original`, where cleaning only trimmed and folded whitespace. */
export function offsetMap(cleaned: string, original: string): (offset: number) => number {
  const to = new Uint32Array(cleaned.length + 1)
  let j = 0
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned[i]!
    if (/\s/.test(c)) { to[i] = j; while (j < original.length && /\s/.test(original[j]!)) j++; continue }
    while (j < original.length && original[j] !== c) j++
    to[i] = j
    if (j < original.length) j++
  }
  to[cleaned.length] = j
  return (offset) => to[Math.max(0, Math.min(offset, cleaned.length))]!
}

/** Counts for one document (exported for tests). */
export function scoreDocument(doc: PolnearDoc, quotes: readonly Quote[]): PolnearCounts {
  const words = wordStarts(doc.text)
  const gold = goldAttributions(doc, words)
  const system = [...systemAttributions(words, quotes).values()].filter((s) => s.content.size > 0)
  const pairs: { g: number; s: number; f1: number }[] = []
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const f1 = setF1(gold[g]!.content, system[s]!.content)
      if (f1 >= MATCH_F1) pairs.push({ g, s, f1 })
    }
  }
  pairs.sort((a, b) => b.f1 - a.f1)
  const usedG = new Set<number>(), usedS = new Set<number>()
  let matched = 0, sourceRight = 0
  for (const { g, s } of pairs) {
    if (usedG.has(g) || usedS.has(s)) continue
    usedG.add(g); usedS.add(s)
    matched++
    if (sourceMatches(gold[g]!.source, system[s]!.mentions)) sourceRight++
  }
  return { gold: gold.length, system: system.length, matched, sourceRight }
}

/**
 * Each system attribution (keyed `cue:<offset>` by its cue, else by its clause) → whether some gold attribution has its
 * content (token F1 ≥ 0.5) and source: the label the quote filter is trained on (scripts/train-quote-filter.ts).
 * Unlike scoreDocument it does not pair attributions one to one.
 */
export function attributionLabels(doc: PolnearDoc, quotes: readonly Quote[]): Map<string, boolean> {
  const words = wordStarts(doc.text)
  const gold = goldAttributions(doc, words)
  const out = new Map<string, boolean>()
  for (const [key, s] of systemAttributions(words, quotes)) {
    out.set(key, s.content.size > 0 && gold.some((g) => setF1(g.content, s.content) >= MATCH_F1 && sourceMatches(g.source, s.mentions)))
  }
  return out
}

function goldAttributions(doc: PolnearDoc, words: Int32Array): { content: Set<number>; source: Span[] }[] {
  return doc.attributions
    .map((a) => ({ content: tokenSet(words, spans(a.content)), source: spans(a.source) }))
    .filter((g) => g.content.size > 0)
}

// One system attribution per cue (several partial quotes of one clause, or a quote and its
// continuations, are one attribution — PolNeAR's content may be discontinuous), else per clause.
function systemAttributions(words: Int32Array, quotes: readonly Quote[]): Map<string, { content: Set<number>; mentions: Range[] }> {
  const byClause = new Map<string, { content: Set<number>; mentions: Range[] }>()
  for (const q of quotes) {
    const c = q.clause ?? q
    const key = q.cueSpan ? `cue:${q.cueSpan.start}` : `${c.start}:${c.end}`
    const mentions = (q.speakers ?? (q.speaker ? [q.speaker] : [])).map((s) => s.mention).filter((m): m is NonNullable<typeof m> => m !== null)
    const have = byClause.get(key)
    if (have) { have.mentions.push(...mentions); for (const t of tokenSet(words, [c])) have.content.add(t); continue }
    byClause.set(key, { content: tokenSet(words, [c]), mentions })
  }
  return byClause
}

/** A source is right when a mention overlaps the gold source span (no gold source: no mention). */
function sourceMatches(source: Span[], mentions: Range[]): boolean {
  return source.length === 0 ? mentions.length === 0 : mentions.some((m) => source.some((x) => m.start < x.end && x.start < m.end))
}

function spans(x: Spans): Span[] { return !x ? [] : Array.isArray(x) ? x : [x] }

/** Start offsets of the word tokens of the text (punctuation and quote marks are not scored). */
function wordStarts(text: string): Int32Array {
  const out: number[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)) out.push(m.index!)
  return Int32Array.from(out)
}

function tokenSet(words: Int32Array, ranges: readonly Range[]): Set<number> {
  const out = new Set<number>()
  for (const r of ranges) {
    let lo = 0, hi = words.length
    while (lo < hi) { const mid = (lo + hi) >> 1; if (words[mid]! < r.start) lo = mid + 1; else hi = mid }
    for (let i = lo; i < words.length && words[i]! < r.end; i++) out.add(i)
  }
  return out
}

function setF1(a: Set<number>, b: Set<number>): number {
  let inter = 0
  for (const x of a) if (b.has(x)) inter++
  return inter === 0 ? 0 : (2 * inter) / (a.size + b.size)
}

function add(t: PolnearCounts, c: PolnearCounts): void { t.gold += c.gold; t.system += c.system; t.matched += c.matched; t.sourceRight += c.sourceRight }

export function finish(c: PolnearCounts): PolnearScores {
  const prf = (tp: number) => {
    const p = c.system ? tp / c.system : 0, r = c.gold ? tp / c.gold : 0
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
  }
  return { ...c, content: prf(c.matched), sourceAccuracy: c.matched ? c.sourceRight / c.matched : 0, attribution: prf(c.sourceRight) }
}

export function formatPolnear(file: string, docs: number, s: PolnearScores): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`
  return [
    `PolNeAR ${file}  (${docs} documents, ${s.gold} gold attributions, ${s.system} system attributions)`,
    `  content      P ${pct(s.content.p)}  R ${pct(s.content.r)}  F1 ${pct(s.content.f1)}  (token F1 ≥ ${MATCH_F1}; ${s.matched} matched)`,
    `  source       accuracy ${pct(s.sourceAccuracy)} on matched contents (${s.sourceRight}/${s.matched})`,
    `  attribution  P ${pct(s.attribution.p)}  R ${pct(s.attribution.r)}  F1 ${pct(s.attribution.f1)}  (content and source right)`,
  ].join('\n')
}

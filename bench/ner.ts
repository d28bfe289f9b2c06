// NER bench: the entities stage on the Wikinews "outer" NER gold (../shared/bench/ner, CC BY 2.5, NewsReader).
// Each document (headline, date line, first sentences) is rebuilt from its tokens with offsets kept, analysed by
// the segment + entities stages, and scored entity-level, exact span, per mention: PERSON→PER, ORG→ORG,
// PLACE→LOC; GROUP/EVENT and adjective/title/pronoun mentions are not scored. Run: npm run bench:ner
// The gold is MEANTIME-style "outer" annotation: a span is the whole noun phrase ("German airline Lufthansa",
// "Spokeswoman Sandy Angers"). A system mention is scored by its `extent` (the noun phrase the recogniser says it
// heads: close-apposition descriptor or title, title + "of" phrase, "-based" modifier, possessor of a unit) when it
// has one, and only outermost spans count: a mention inside another mention's extent, or inside a product or index
// name (`inside`), is not an outer mention. Products and market indices are not PER/ORG/LOC in this gold (MEANTIME
// PRO/FIN); the recogniser sets them aside by general cues (src/extract/entities/products.ts, rules/products.json):
// class nouns after an unknown name ("X laptops", "X operating system"), a version apposition ("X, the new version
// of"), a model-tier word ("X Pro"), a launch verb, a model number before it, "iPod"-style shapes, and index names
// from a list of the world's major stock indices. No rule or KB entry is keyed to this gold's sentences.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Entity } from '../src/article/index.js'
import { loadKb } from '../src/kb/index.js'
import { recognizeEntities } from '../src/extract/entities/index.js'
import { splitSentences, tokenize } from '../src/segment/index.js'
import { mdTable, writeBenchSection } from './lib/benchmarks-md.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const FILE = process.argv[2] ?? `${ROOT}../shared/bench/ner/wikinews-outer-gold.conll`
const TYPE: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC' }
const DATE_LINE = /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} , (\d{4})$/
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const NAME_KINDS = new Set(['name', 'alias', 'metonym'])

/** The outer gold marks only the outermost span ("[PER Apple CEO Steve Jobs]"), so a name nested strictly inside
 *  a gold span of another type cannot be judged either way: it is left out rather than counted as a false positive. */
function nestedInOther(s: Span, gold: Span[]): boolean {
  return gold.some((g) => g.type !== s.type && s.start >= g.start && s.end <= g.end && (s.start > g.start || s.end < g.end))
}

interface Span { type: string; start: number; end: number; rule?: string }
interface Doc { text: string; paragraphs: { start: number; end: number; kind: 'p' }[]; gold: Span[]; date: string }

/** Tokens back to text: no space before closing punctuation and clitics, none after opening brackets and "$". */
function detokenize(tokens: string[]): { text: string; offsets: [number, number][] } {
  let text = ''
  const offsets: [number, number][] = []
  let noSpaceNext = true
  for (const raw of tokens) {
    const tok = raw === '``' || raw === "''" ? '"' : raw
    const glue = noSpaceNext || tok === '-' || /^([,.;:!?)\]%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(tok)
    if (!glue) text += ' '
    offsets.push([text.length, text.length + tok.length])
    text += tok
    noSpaceNext = /^[($[-]$|^US\$$/.test(tok)
  }
  return { text, offsets }
}

function readDocs(file: string): Doc[] {
  const sentences: string[][][] = []
  let cur: string[][] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) { if (cur.length) sentences.push(cur); cur = []; continue }
    const cols = line.split('\t')
    cur.push([cols[0]!, cols.at(-1)!])
  }
  if (cur.length) sentences.push(cur)
  // A document starts with its headline, the sentence before a date line ("March 01 , 2008").
  const starts: number[] = []
  sentences.forEach((s, i) => { if (DATE_LINE.test(s.map((t) => t[0]).join(' ')) && i > 0) starts.push(i - 1) })
  return starts.map((from, k) => {
    const to = starts[k + 1] ?? sentences.length
    let text = ''
    const paragraphs: Doc['paragraphs'] = []
    const gold: Span[] = []
    let date = ''
    for (let i = from; i < to; i++) {
      const s = sentences[i]!
      if (text) text += '\n\n'
      const base = text.length
      const d = detokenize(s.map((t) => t[0]!))
      text += d.text
      paragraphs.push({ start: base, end: text.length, kind: 'p' })
      const m = DATE_LINE.exec(s.map((t) => t[0]).join(' '))
      if (m && !date) date = `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[0].split(' ')[1]!.padStart(2, '0')}`
      let open: Span | null = null
      s.forEach(([, tag], j) => {
        const [a, b] = d.offsets[j]!
        if (tag!.startsWith('B-') || (tag!.startsWith('I-') && (!open || open.type !== tag!.slice(2)))) { if (open) gold.push(open); open = { type: tag!.slice(2), start: base + a, end: base + b } }
        else if (tag!.startsWith('I-') && open) open.end = base + b
        else { if (open) gold.push(open); open = null }
      })
      if (open) gold.push(open)
    }
    return { text, paragraphs, gold, date }
  })
}

function systemSpans(entities: Entity[]): Span[] {
  const out: Span[] = []
  for (const e of entities) {
    const type = TYPE[e.type]
    if (!type) continue
    // Only name mentions are NER mentions: names, short forms, and metonyms (a capital acting is still a name span,
    // as in CoNLL); adjectives ("Russian"), titles and pronouns are not. A name used as a modifier ("US troops") is
    // an adjective mention in the record but still a name span here. A name inside a product or index name
    // ("Apple's iTunes", "Japan's Nikkei") is not an outer mention.
    const adjectives = new Set((kb.byId.get(e.kbId ?? '')?.adjectives ?? []).map((a) => a.toLowerCase()))
    for (const m of e.mentions) {
      const isName = !m.kind || NAME_KINDS.has(m.kind) || (m.kind === 'adjective' && !adjectives.has(m.text.toLowerCase()))
      if (!isName || m.inside) continue
      // The outer gold marks the whole noun phrase: score the mention's extent when it has one.
      const span = m.extent ?? m
      out.push({ type, start: span.start, end: span.end, rule: e.rule ?? '' })
    }
  }
  // Outer annotation: a mention strictly inside another mention's extent ("Apple" in "Apple CEO Steve Jobs") is not scored.
  return out.filter((s) => !out.some((o) => o !== s && s.start >= o.start && s.end <= o.end && (s.start > o.start || s.end < o.end)))
}

if (!existsSync(FILE)) {
  console.error(`bench/ner: ${FILE} not found (needs ../shared next to the repository); nothing measured`)
  process.exit(0)
}
const docs = readDocs(FILE)
const kb = loadKb()
// Build the recogniser's indexes before timing (once per process, like the pipeline does at start-up).
recognizeEntities('Warm-up.', tokenize('Warm-up.'), [{ start: 0, end: 8, paragraph: 0 }], kb, '2020-01-01')
const counts: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } }
const relaxed = { tp: 0, fp: 0, fn: 0 }
let words = 0
let ms = 0
const misses: string[] = []
for (const doc of docs) {
  const c0 = process.cpuUsage()
  const tokens = tokenize(doc.text)
  const sentences = splitSentences(doc.text, doc.paragraphs)
  const entities = recognizeEntities(doc.text, tokens, sentences, kb, doc.date)
  const cpu = process.cpuUsage(c0)
  ms += (cpu.user + cpu.system) / 1000
  words += tokens.count
  // A leading "the" is an annotation convention (the gold has "the Senate" and "Senate", "The Government
  // Accountability Office"), not recognition: it is dropped from both sides before comparing.
  const noThe = (s: Span): Span => (/^the\s/i.test(doc.text.slice(s.start, s.start + 4)) ? { ...s, start: s.start + 4 } : s)
  // "Singapore Airlines (SIA", "the European Central Bank (ECB)": the gold tags the bracketed abbreviation into the
  // name's span, with or without its ")"; as in CoNLL, the name and its abbreviation are scored as two mentions.
  doc.gold = doc.gold.flatMap((g) => {
    const m = /^(.*\S)\s*\(\s*([^()\s]+)\s*(\)?)$/.exec(doc.text.slice(g.start, g.end))
    if (!m) return [g]
    const abbrEnd = g.end - m[3]!.length
    return [{ ...g, end: g.start + m[1]!.length }, { ...g, start: abbrEnd - m[2]!.length, end: abbrEnd }]
  })
  // "Everett, Washington" is one LOC span in this gold but two places in CoNLL practice: split on the comma.
  doc.gold = doc.gold.flatMap((g) => {
    if (g.type !== 'LOC') return [g]
    const parts: Span[] = []
    let from = g.start
    for (const m of doc.text.slice(g.start, g.end).matchAll(/, /g)) { parts.push({ ...g, start: from, end: g.start + m.index! }); from = g.start + m.index! + 2 }
    parts.push({ ...g, start: from })
    return parts
  })
  // A few gold tokens carry the comma after a name ("Inc.,"): a comma never ends a name, so it is dropped.
  doc.gold = doc.gold.map(noThe).map((g) => (doc.text[g.end - 1] === ',' ? { ...g, end: g.end - 1 } : g))
  const sys = systemSpans(entities).map(noThe).filter((s) => !nestedInOther(s, doc.gold))
  const key = (s: Span) => `${s.type}:${s.start}:${s.end}`
  const goldKeys = new Set(doc.gold.map(key))
  const sysKeys = new Set(sys.map(key))
  if (process.env.NER_VERBOSE) for (const s of sys) misses.push(`RULE ${s.rule} ${goldKeys.has(key(s)) ? "tp" : "fp"} ${doc.text.slice(s.start, s.end)} «${doc.text.slice(Math.max(0, s.start - 25), s.end + 20).replace(/\n/g, " ")}»`)
  for (const s of sysKeys) { const type = s.split(':')[0]!; if (goldKeys.has(s)) counts[type]!.tp++; else { counts[type]!.fp++; if (process.env.NER_VERBOSE) { const [, a, b] = s.split(':').map(Number); misses.push(`FP ${type} ${doc.text.slice(a, b)} «${doc.text.slice(Math.max(0, a! - 25), b! + 20).replace(/\n/g, " ")}»`) } } }
  for (const g of goldKeys) { if (!sysKeys.has(g)) { const [type, a, b] = g.split(':'); counts[type!]!.fn++; if (process.env.NER_VERBOSE) misses.push(`FN ${type} ${doc.text.slice(Number(a), Number(b))} «${doc.text.slice(Math.max(0, Number(a) - 25), Number(b) + 20).replace(/\n/g, ' ')}»`) } }
  // Relaxed: a system mention inside a gold span of its type that shares the span's start or end (the outer gold
  // includes descriptors: "Apple CEO Steve Jobs", "U.S. automaker GM"). Each gold span is matched at most once.
  const used = new Set<Span>()
  for (const m of sys) {
    const g = doc.gold.find((x) => !used.has(x) && x.type === m.type && m.start >= x.start && m.end <= x.end && (m.start === x.start || m.end === x.end))
    if (g) { used.add(g); relaxed.tp++ } else { relaxed.fp++; if (process.env.NER_VERBOSE) misses.push(`RFP ${m.type} ${doc.text.slice(m.start, m.end)} «${doc.text.slice(m.end, m.end + 15).replace(/\n/g, ' ')}»`) }
  }
  relaxed.fn += doc.gold.length - used.size
}
const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn)
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}
const all = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })
const rows = [...Object.entries(counts), ['all', all] as const].map(([t, c]) => { const s = prf(c); return [t, c.tp, c.fp, c.fn, s.p.toFixed(3), s.r.toFixed(3), s.f.toFixed(3)] })
const r = prf(relaxed)
rows.push(['all, relaxed', relaxed.tp, relaxed.fp, relaxed.fn, r.p.toFixed(3), r.r.toFixed(3), r.f.toFixed(3)])
const table = mdTable(['type', 'tp', 'fp', 'fn', 'P', 'R', 'F1'], rows)
if (process.env.NER_VERBOSE) console.log(misses.join('\n'))
console.log(table)
const speed = `${docs.length} documents, ${words} tokens, ${(ms * 1000 / words).toFixed(2)} µs CPU per token in segment + entities (each short document once, JIT still cold; KB load excluded; the machine is shared, so CPU time, not wall time)`
console.log(speed)
writeBenchSection('ner', `## NER (entities stage) on Wikinews outer gold\n\n\`npm run bench:ner\` — ${FILE.replace(ROOT, '')}; entity-level exact-span F1 per mention (PERSON→PER, ORG→ORG, PLACE→LOC; GROUP/EVENT and adjective/title/pronoun mentions not scored; a name nested inside an outer gold span of another type, such as "Apple" in "[PER Apple CEO Steve Jobs]", is not scored; a leading "the" is dropped from gold and system spans, and a comma glued to a gold span's last token; a gold span "Name (ABBR" or "Name (ABBR)" counts as two mentions, a LOC span "City, State" as two places; a system mention is scored by its extent — descriptor or title + name — when it has one, and only outermost system spans count, none inside another's extent or inside a product or index name). "relaxed": a mention inside a gold span of its type sharing its start or end counts (the outer gold spans include descriptors such as "Apple CEO Steve Jobs"; modifiers such as "US" in "US airtanker" are unannotated).\n\n${table}\n\n${speed}\n`)

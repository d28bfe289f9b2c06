// Derives data/quotes/derived-cues.json from the PolNeAR train split (statistics only, no text):
// for every lower-case word form, how often it heads a gold cue and how often it occurs at all, and
// where the gold content sits relative to the cue (a "that" clause, a "to" clause, an object after the
// cue, or before it). Forms heading a cue often enough and precisely enough become cues of the
// construction class their contents show. Run:
//   node --import tsx scripts/derive-quote-cues.ts [../shared/bench/quotes/polnear.train.jsonl] [minCount] [minPrecision]
// With `candidates` as the fourth argument it writes data/quotes/candidate-cues.json instead: a broad list (defaults k ≥ 2,
// p ≥ 0.05, noun uses allowed) of forms that are no cues of their own but candidates the learned filter
// (scripts/train-quote-filter.ts, data/quotes/filter-weights.json) keeps or drops; forms of derived-cues.json are not repeated.
import { readFileSync, writeFileSync } from 'node:fs'

interface Span { start: number; end: number }
type Spans = Span | Span[] | null | undefined
interface Doc { text: string; attributions: { cue?: Spans; content?: Spans }[] }

const [file = '../shared/bench/quotes/polnear.train.jsonl', minCountArg, minPrecisionArg, mode = 'cues'] = process.argv.slice(2)
const CANDIDATES = mode === 'candidates'
const MIN_COUNT = Number(minCountArg || (CANDIDATES ? 2 : 3))
const MIN_PRECISION = Number(minPrecisionArg || (CANDIDATES ? 0.05 : 0.2))
// A form used as a noun this often ("a statement", "his criticism") is left to the nominal cues (candidates: any form).
const MAX_NOUN_RATE = CANDIDATES ? 1 : 0.25
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g
// Words that end a cue phrase but never head it ("called on", "spoke about", "said of", "refused to").
const FUNCTION_WORDS = new Set(['on', 'of', 'about', 'to', 'for', 'against', 'at', 'in', 'with', 'by', 'as', 'that', 'it', 'up', 'out', 'back', 'down',
  'off', 'over', 'into', 'from', 'the', 'a', 'an', 'not', 'be', 'been', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'also'])
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'new'])
type Place = 'that' | 'to' | 'object' | 'before'

// Forms the hand-written lexicons already hold keep their own treatment and are not listed again.
const DATA = new URL('../data/quotes/', import.meta.url)
const known = new Set<string>()
for (const name of ['cues.json', 'nominal-cues.json']) {
  for (const e of (JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as { entries: { forms: string[] }[] }).entries) for (const f of e.forms) known.add(f)
}
if (CANDIDATES) for (const e of (JSON.parse(readFileSync(new URL('derived-cues.json', DATA), 'utf8')) as { entries: { form: string }[] }).entries) known.add(e.form)
// Acts and nouns PolNeAR counts as cues but an attribution layer does not ("signed a deal", "refused to send officials").
const exclusions = JSON.parse(readFileSync(new URL('derived-exclusions.json', DATA), 'utf8')) as { acts: string[]; nouns: string[] }
for (const f of [...exclusions.acts, ...exclusions.nouns]) known.add(f)

const spans = (x: Spans): Span[] => (!x ? [] : Array.isArray(x) ? x : [x])
const total = new Map<string, number>()
const nounUses = new Map<string, number>()
const heads = new Map<string, Record<Place, number>>()
const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1)

for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const doc = JSON.parse(line) as Doc
  const { text } = doc
  let prev = ''
  for (const m of text.matchAll(WORD)) {
    const w = m[0]
    if (/^[a-z]/.test(w)) { bump(total, w); if (NOUN_MARKERS.has(prev) || /['’]s$/.test(prev)) bump(nounUses, w) }
    prev = w.toLowerCase()
  }
  for (const a of doc.attributions) {
    const content = spans(a.content)
    const cue = spans(a.cue)[0]
    if (!content.length || !cue) continue
    // The head: the last word of the cue's first span that is neither a function word nor an adverb ("has publicly criticized" → criticized).
    const words = [...text.slice(cue.start, cue.end).matchAll(WORD)].map((m) => m[0]).filter((w) => /^[a-z]/.test(w) && !FUNCTION_WORDS.has(w) && !w.endsWith('ly'))
    const head = words.at(-1)
    if (!head) continue
    const first = content.reduce((x, y) => (y.start < x.start ? y : x))
    const opening = text.slice(first.start, first.end).toLowerCase()
    const place: Place = first.start < cue.start ? 'before' : opening.startsWith('that ') ? 'that' : opening.startsWith('to ') ? 'to' : 'object'
    const h = heads.get(head) ?? { that: 0, to: 0, object: 0, before: 0 }
    h[place]++
    heads.set(head, h)
  }
}

// The construction class a form's contents show most; "before" (passives, "known as") has no rule of its own and is left out.
const CLASS_OF: Record<Exclude<Place, 'before'>, { class: string; infinitive?: boolean; object?: boolean }> = {
  that: { class: 'belief' },
  to: { class: 'intention', infinitive: true },
  object: { class: 'evaluative', object: true },
}

const entries = []
for (const [form, h] of heads) {
  const cue = h.that + h.to + h.object + h.before
  const occurrences = total.get(form) ?? 0
  if (known.has(form) || cue < MIN_COUNT || !occurrences || cue / occurrences < MIN_PRECISION) continue
  if ((nounUses.get(form) ?? 0) / occurrences > MAX_NOUN_RATE) continue
  const place = (['that', 'to', 'object', 'before'] as Place[]).reduce((x, y) => (h[y] > h[x] ? y : x))
  if (place === 'before') continue
  entries.push({ id: `cue.${CANDIDATES ? 'candidate' : 'derived'}.${form}`, form, ...CLASS_OF[place], cue, occurrences, places: h })
}
entries.sort((x, y) => y.cue - x.cue || x.form.localeCompare(y.form))
const body = {
  version: '1',
  provenance: `${CANDIDATES ? 'Candidate cues, kept or dropped per occurrence by the learned filter (filter-weights.json). ' : ''}Generated by scripts/derive-quote-cues.ts from the PolNeAR train split (${file.split('/').pop()}): word forms heading at least ${MIN_COUNT} gold cues, at ${MIN_PRECISION} or more of their lower-case occurrences, used as a noun (after a determiner or possessive) at most ${MAX_NOUN_RATE} of the time; class from where the gold content sits (that-clause: belief, to-clause: intention, object: evaluative). Counts only, no text. Forms already in cues.json or nominal-cues.json${CANDIDATES ? ' or derived-cues.json' : ''}, and the acts and nouns of derived-exclusions.json, are not listed.`,
  minCount: MIN_COUNT, minPrecision: MIN_PRECISION, maxNounRate: MAX_NOUN_RATE,
  entries,
}
writeFileSync(new URL(CANDIDATES ? 'candidate-cues.json' : 'derived-cues.json', DATA), `${JSON.stringify(body, null, 1)}\n`)
console.log(`${CANDIDATES ? 'candidate' : 'derived'} cues: ${entries.length}`)

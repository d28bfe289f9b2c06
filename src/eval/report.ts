import { relative } from 'node:path'
import type { Scores } from './prf.js'
import type { ArticleResult, EvalResult, SentenceSetResult } from './run-eval.js'
import { tripleText } from './score-events.js'
import type { EvalTotals } from './totals.js'

const num = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3))
const prf = (s: Scores) => `P ${num(s.precision)}  R ${num(s.recall)}  F1 ${num(s.f1)}   (right ${s.right}, wrong ${s.wrong}; found ${s.found}/${s.found + s.missed})`
const q = (s: string) => JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}…` : s)
const show = (v: unknown) => (typeof v === 'string' ? q(v) : JSON.stringify(v))

/** The readable report: per gold file and section, the scores plus what was missed and what was spurious. */
export function formatReport(results: readonly EvalResult[], t: EvalTotals): string {
  const out: string[] = []
  for (const r of results) out.push(...(r.kind === 'article' ? articleLines(r) : sentenceLines(r)), '')
  out.push(`TOTAL over ${t.golds} gold file${t.golds === 1 ? '' : 's'}`)
  const has = (s: EvalTotals['sections'][number]) => t.sections.includes(s)
  if (has('metadata')) out.push(`  metadata         ${t.metadata.right}/${t.metadata.scored} fields right`)
  if (has('entities')) out.push(`  entities         ${prf(t.entities)}`)
  if (has('quotes')) out.push(`  quotes direct    ${prf(t.quotesDirect)}`, `  quotes indirect  ${prf(t.quotesIndirect)}`)
  if (has('events')) out.push(`  events           ${prf(t.events)}`)
  if (has('amounts')) out.push(`  amounts          ${prf(t.amounts)}`)
  return out.join('\n')
}

function articleLines(r: ArticleResult): string[] {
  const out = [`${r.id}  (${r.file} → ${relative(process.cwd(), r.input) || r.input}, ${r.format})`]
  if (r.metadata) {
    out.push(`  metadata         ${r.metadata.right}/${r.metadata.scored} fields right`)
    for (const f of r.metadata.fields) if (!f.ok) out.push(`    ✗ ${f.field}: expected ${show(f.expected)}, got ${show(f.got)}`)
  }
  if (r.entities) {
    out.push(`  entities         ${prf(r.entities.scores)}`)
    list(out, 'missed', r.entities.missed.map((e) => `${e.name} (${e.type})`))
    list(out, 'spurious', r.entities.spurious.map((e) => `${e.name} (${e.type})`))
  }
  if (r.quotes) {
    for (const [label, s] of [['quotes direct  ', r.quotes.direct], ['quotes indirect', r.quotes.indirect]] as const) {
      out.push(`  ${label}  ${prf(s.scores)}`)
      list(out, 'missed', s.missed.map((g) => `${q(g.text)} — ${g.speakers.join('/')}`), '\n      ')
      list(out, 'spurious', s.spurious.map((x) => `${q(x.text)} — ${x.speaker ?? 'no speaker'}`), '\n      ')
    }
  }
  if (r.events) {
    out.push(`  events           ${prf(r.events.scores)}`)
    list(out, 'missed', r.events.missed.map((g) => `${g.sources.join('+')} → ${g.targets.join('+') || 'any'} ${g.types.join('|')}${g.evidence ? ` ${q(g.evidence)}` : ''}`), '\n      ')
    list(out, 'spurious', r.events.spurious.map(tripleText))
    list(out, 'FORBIDDEN', r.events.forbidden.map((f) => `${tripleText(f.triple)}${f.why ? ` (${f.why})` : ''}`), '\n      ')
    if (r.events.unscored) out.push(`    not scored: ${r.events.unscored} negated or hypothetical event(s)`)
  }
  if (r.amounts) {
    out.push(`  amounts          ${prf(r.amounts.scores)}`)
    list(out, 'missed', r.amounts.missed.map((a) => `${a.text ?? a.value} (${a.value} ${a.unit})`))
    list(out, 'spurious', r.amounts.spurious.map((a) => `${a.text} (${a.value} ${a.unit})`))
  }
  return out
}

function sentenceLines(r: SentenceSetResult): string[] {
  const out = [`${r.file}  (${r.sentences} sentences)`, `  events           ${prf(r.events.scores)}`]
  list(out, 'missed', r.events.missed.map((m) => `${m.id}: ${m.event.sources.join('+')} → ${m.event.targets.join('+') || 'any'} ${m.event.types.join('|')}`), '\n      ')
  list(out, 'spurious', r.events.spurious.map((s) => `${s.id}: ${tripleText(s.triple)}`), '\n      ')
  if (r.events.unscored) out.push(`    not scored: ${r.events.unscored} negated or hypothetical event(s)`)
  return out
}

function list(out: string[], label: string, items: string[], sep = '; '): void {
  if (items.length) out.push(`    ${label} (${items.length}): ${sep.startsWith('\n') ? sep : ''}${items.join(sep)}`)
}

import type { AnalysisRecord } from '../record/index.js'

/** A short, readable view of one record for a terminal. */
export function formatSummary(r: AnalysisRecord, { color }: { color: boolean }): string {
  const b = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s)
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s)
  const m = r.metadata
  const lines: string[] = [b(`── ${r.source}`) + dim(` (${r.format})`)]
  if (m.headline) lines.push(b(m.headline))
  if (m.standfirst) lines.push(m.standfirst)
  const people = [...m.authors.map((a) => a.name + (a.location ? ` (${a.location})` : ''))]
  const facts = [
    m.section && `section ${m.section}`, people.length && `by ${people.join(', ')}`,
    (m.published.iso || m.published.relative) && `published ${m.published.iso ?? m.published.relative}`,
    m.publisher && `© ${m.publisher}${m.copyrightYear ? ` ${m.copyrightYear}` : ''}`,
  ].filter(Boolean)
  if (facts.length) lines.push(dim(facts.join(' · ')))
  const words = r.text.split(/\s+/).filter(Boolean).length
  lines.push(`${words} words, ${r.paragraphs.length} paragraphs, ${r.entities.length} entities, ${r.quotes.length} quotes, ${r.events.length} events, ${r.amounts.length} amounts`)
  for (const e of r.events.slice(0, 20)) {
    const who = (xs: { code: string }[]) => xs.map((x) => x.code).join('+') || '—'
    const flags = Object.entries(e.modality).filter(([, v]) => v).map(([k]) => k)
    lines.push(`  ${e.type.padEnd(9)} ${who(e.source)} → ${who(e.target)}  CAMEO ${e.cameo}${flags.length ? ` [${flags.join(', ')}]` : ''}  ${dim(`“${e.evidence.text.slice(0, 80)}”`)}`)
  }
  for (const msg of r.messages.filter((x) => x.severity !== 'info')) lines.push(dim(`  ${msg.severity} ${msg.code}: ${msg.reason}`))
  return lines.join('\n')
}

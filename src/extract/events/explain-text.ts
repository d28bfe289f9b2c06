import type { Article, CodedEvent } from '../../article/index.js'

function actors(list: CodedEvent['source']): string {
  return list.length ? list.map((a) => `${a.name ?? a.code} [${a.country ?? a.code}]`).join(' + ') : '—'
}

function flags(e: CodedEvent): string {
  const on = Object.entries(e.modality).filter(([, v]) => v).map(([k]) => k)
  return on.length ? on.join(', ') : 'asserted'
}

/** A plain-text account of why each event was coded: sentence, rule, actors, modality, date and place. */
export function explainEvents(article: Article): string {
  const events = article.spans.events ?? []
  const lines: string[] = [`${article.source}: ${events.length} event${events.length === 1 ? '' : 's'}`]
  for (const e of events) {
    const sentence = e.sentence ? article.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ') : e.evidenceIn ? `${e.evidenceIn.field}: ${article.meta[e.evidenceIn.field] ?? ''}` : e.evidence.text
    const why = e.why
    lines.push('',
      `${e.id}  ${e.type}${e.mode ? `/${e.mode}` : ''}  CAMEO ${e.cameo}  Goldstein ${e.goldstein}  QuadClass ${e.quadClass}  (${flags(e)})`,
      `  ${actors(e.source)} → ${actors(e.target)}`,
      `  sentence: ${sentence}`,
      e.evidenceIn ? `  evidence (${e.evidenceIn.field}): "${e.evidenceIn.text}"` : `  evidence: "${e.evidence.text}" [${e.evidence.start}–${e.evidence.end}]`)
    if ((e.mentions?.length ?? 0) > 1) lines.push(`  mentions: ${e.mentions!.length} (${e.mentions!.map((m) => `${m.start}–${m.end}`).join(', ')})`)
    lines.push(`  rule: ${e.rule} (${e.dictionaryVersion ?? 'no version'})${why ? ` — ${why.pattern}, trigger "${why.trigger.text}"` : ''}`)
    if (why) {
      lines.push(`  source: ${why.source}`, `  target: ${why.target}`)
      lines.push(`  modality: ${why.cues.length ? why.cues.join('; ') : 'no cues (asserted)'}`)
      if (why.recoded) lines.push(`  recoded: ${why.recoded}`)
      lines.push(`  date: ${e.date ?? '—'} (${why.date})`, `  place: ${e.location ? `${e.location.name}${e.location.country ? ` [${e.location.country}]` : ''}${e.location.lat != null ? ` ${e.location.lat},${e.location.lon}` : ''}` : '—'} (${why.place})`)
    }
    if (e.amounts?.length) lines.push(`  amounts: ${e.amounts.map((i) => article.spans.amounts?.[i]?.text).join('; ')}`)
  }
  const skipped = article.messages.filter((m) => m.code === 'events/no-source' || m.code === 'events/no-target')
  if (skipped.length) {
    lines.push('', `matched but not coded: ${skipped.length}`)
    for (const m of skipped) lines.push(`  "${m.place ? article.text.slice(m.place.start, m.place.end) : ''}" — ${m.reason}`)
  }
  return `${lines.join('\n')}\n`
}

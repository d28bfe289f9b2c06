import type { StoredEvent } from '../store/index.js'

/** A PLOVER record (PLOVER manual, "PLOVER JSON" table): named fields, one JSON object per event. */
export interface PloverRecord {
  id: string
  date: string | null
  actor: { code: string; name?: string; country?: string }[]
  recipient: { code: string; name?: string; country?: string }[]
  event: string[]
  mode: string[]
  context: string[]
  event_text: string[]
  event_loc: { name: string } | null
  quad_code: number
  event_scale: number
  link: string | null
  cite_info: { url: string | null; headline: string | null; outlet: string | null; article: number; evidence: { start: number; end: number } }
  coder: string
  coded_date: string
  comment: string
}

const entity = (code: string, name: string | null, country: string | null) =>
  code === '---' ? [] : [{ code, ...(name ? { name } : {}), ...(country ? { country } : {}) }]

/** Modality is expressed with PLOVER's contexts "negation", "hypothetical" and "future". */
export function ploverRecord(e: StoredEvent): PloverRecord {
  const context = [...e.context]
  if (e.modality.negated) context.push('negation')
  if (e.modality.hypothetical) context.push('hypothetical')
  if (e.modality.future) context.push('future')
  return {
    id: `entente-${e.id}`,
    date: e.date,
    actor: entity(e.source, e.sourceName, e.sourceCountry),
    recipient: entity(e.target, e.targetName, e.targetCountry),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    context: [...new Set(context)],
    event_text: [e.evidence.text],
    event_loc: e.location ? { name: e.location } : null,
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    link: e.merged ? `merged-${e.merged.id}` : null,
    cite_info: { url: e.url, headline: e.headline, outlet: e.outlet, article: e.articleId, evidence: { start: e.evidence.start, end: e.evidence.end } },
    coder: 'entente',
    coded_date: e.addedAt.slice(0, 10),
    comment: `CAMEO ${e.cameo}; rule ${e.rule}`,
  }
}

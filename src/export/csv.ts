import type { StoredEvent } from '../store/index.js'

export const CSV_COLUMNS = ['id', 'article_id', 'event_id', 'date', 'source', 'source_name', 'source_country', 'target', 'target_name', 'target_country',
  'type', 'mode', 'context', 'cameo', 'quad_class', 'goldstein', 'negated', 'hypothetical', 'future', 'reported',
  'merged_id', 'num_mentions', 'num_articles', 'num_sources', 'outlet', 'url', 'headline', 'evidence', 'evidence_start', 'evidence_end', 'rule'] as const

/** RFC 4180 quoting; text cells that a spreadsheet would run as a formula (=, +, -, @) get a leading quote
 *  (article text is untrusted). */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return ''
  if (typeof v !== 'string') return String(v)
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvRow(e: StoredEvent): string {
  const m = e.modality
  return [e.id, e.articleId, e.eventId, e.date, e.source, e.sourceName, e.sourceCountry, e.target, e.targetName, e.targetCountry,
    e.type, e.mode, e.context.join(';'), e.cameo, e.quadClass, e.goldstein, m.negated, m.hypothetical, m.future, m.reported,
    e.merged?.id, e.merged?.numMentions, e.merged?.numArticles, e.merged?.numSources, e.outlet, e.url, e.headline,
    e.evidence.text, e.evidence.start, e.evidence.end, e.rule].map(csvCell).join(',')
}

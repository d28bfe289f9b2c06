import type { RawInput } from '../article/index.js'
import { detectFormat } from './detect.js'
import { InputError } from './errors.js'

const TEXT_FIELDS = ['text', 'content', 'body', 'articleBody', 'html'] as const
const KNOWN = new Set(['id', 'title', 'headline', 'text', 'content', 'body', 'articleBody', 'html', 'date', 'published', 'url', 'source', 'outlet', 'authors', 'author', 'language', 'lang', 'section', 'format'])

/** One JSON object (`title/text/date/url/source`, with common synonyms) → a RawInput. */
/** A non-empty trimmed string field, else null. (At module level: under tsx a named closure costs a defineProperty call
 *  each time it is made.) */
function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null
}

export function recordToInput(rec: unknown, location: string, forced?: RawInput['format']): RawInput {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new InputError('input/json-record', 'expected a JSON object with a text field', location)
  const r = rec as Record<string, unknown>
  const field = TEXT_FIELDS.find((f) => typeof r[f] === 'string')
  if (!field) throw new InputError('input/json-no-text', `record has no text field (one of ${TEXT_FIELDS.join(', ')})`, location)
  const content = r[field] as string
  const authors = Array.isArray(r.authors) ? r.authors.filter((a): a is string => typeof a === 'string')
    : str(r.authors) ? str(r.authors)!.split(/\s*(?:,|\band\b|;)\s*/).filter(Boolean)
    : str(r.author) ? [str(r.author)!] : undefined
  const fields: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(r)) if (!KNOWN.has(k)) fields[k] = v
  const declared = str(r.format)
  const format = forced ?? (declared && ['clip', 'text', 'markdown', 'html'].includes(declared) ? declared as RawInput['format'] : field === 'html' ? 'html' : detectFormat(content))
  return {
    source: location,
    content,
    format,
    id: r.id != null ? String(r.id) : null,
    hints: {
      headline: str(r.title) ?? str(r.headline), date: str(r.date) ?? str(r.published), url: str(r.url),
      outlet: str(r.source) ?? str(r.outlet), language: str(r.language) ?? str(r.lang), section: str(r.section),
      authors, fields,
    },
  }
}

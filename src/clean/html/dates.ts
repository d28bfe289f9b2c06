const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
// Dates in article URLs: /2024/03/05/, /2024-03-05/, /20240305/.
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|-|$)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//

/** A date as ISO 8601: ISO strings are kept as written (with their offset); other parseable dates are converted. */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = value?.trim()
  if (!v) return null
  if (ISO.test(v)) return v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2') // +0000 → +00:00
  if (/^\d{10,13}$/.test(v)) { const n = Number(v); return new Date(v.length === 13 ? n : n * 1000).toISOString() }
  const t = Date.parse(v)
  return Number.isNaN(t) || !/\d{4}/.test(v) ? null : new Date(t).toISOString()
}

/** The publication day written in an article's URL, when there is one. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null
  const m = URL_DATE.exec(url)
  if (!m) return null
  return m[1] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[4]}-${m[5]}-${m[6]}`
}

export interface Dateline { place: string; agency: string | null; date: string | null; length: number }

// "MOSCOW (Reuters) - ", "BEIJING, Feb 4 (Xinhua) -- ", "Moscow (CNN) — ", "WASHINGTON — ", "BEIJING, Feb 4: ", "Beijing - ".
const UPPER_PLACE = "[\\p{Lu}][\\p{Lu}.'’ -]{1,40}?"
const TITLE_PLACE = "[\\p{Lu}][\\p{Ll}'’-]+(?: [\\p{Lu}][\\p{Ll}'’-]+){0,2}"
const DATE = '(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]{2,8}\\.?)'
const WITH_AGENCY = new RegExp(`^(${UPPER_PLACE}|${TITLE_PLACE})(?:,\\s*[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)?(?=\\s*[,(]))?(?:,\\s*(${DATE}))?\\s*\\(([^()]{2,40})\\)\\s*(?:-{1,2}|[–—:])\\s+`, 'u')
const UPPER_DASH = new RegExp(`^(${UPPER_PLACE})(?:,\\s*(${DATE}))?\\s*(?:-{1,2}|[–—])\\s+`, 'u')
const UPPER_DATE_COLON = new RegExp(`^(${UPPER_PLACE}),\\s*(${DATE}):\\s+`, 'u')
const TITLE_DASH = new RegExp(`^(${TITLE_PLACE})\\s+(?:-{1,2}|[–—])\\s+(?=\\p{Lu})`, 'u')

/** The dateline at the start of a wire story's first paragraph; `length` is how much to strip from the body. */
export function matchDateline(paragraph: string): Dateline | null {
  let m = WITH_AGENCY.exec(paragraph)
  if (m) return { place: place(m[1]!), agency: m[3]!.trim(), date: m[2] ?? null, length: m[0].length }
  m = UPPER_DASH.exec(paragraph) ?? UPPER_DATE_COLON.exec(paragraph)
  if (m && m[1]!.replace(/[^\p{Lu}]/gu, '').length >= 3) return { place: place(m[1]!), agency: null, date: m[2] ?? null, length: m[0].length }
  m = TITLE_DASH.exec(paragraph)
  if (m) return { place: m[1]!, agency: null, date: null, length: m[0].length }
  return null
}

/** "NEW YORK" → "New York"; "Moscow" stays. */
function place(raw: string): string {
  const t = raw.trim()
  if (t !== t.toUpperCase()) return t
  return t.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
}

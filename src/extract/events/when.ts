// The event's date: the article's date moved by the sentence's own time words ("on Friday",
// "yesterday", "last year", "on Feb 4", "in 2014"). Returns an ISO date, or a year/month when
// that is all the text gives.

export interface DateResult { date: string | null; via: string }

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const RE_MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d))?`, 'i')
const RE_DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b(?:\\s+((?:19|20)\\d\\d))?`, 'i')
const RE_WEEKDAY = /\b(?:(last|next|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i
const RE_RELATIVE = /\b(yesterday|today|tonight|this morning|this week|in recent days|last (?:week|month|year)|earlier this (?:week|month|year)|(\d+|two|three|four|five|six|seven|ten) (days|weeks|months|years) ago)\b/i
const RE_YEAR = /\b(?:in|since|during|by)\s+((?:19|20)\d\d)\b/i
const HAS_DIGIT = /\d/
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 }

function iso(d: Date): string { return d === lastRef ? lastRefIso! : d.toISOString().slice(0, 10) }
// Every event of an article shares its base date: parse and format it once, not once per event.
let lastBase: string | null = null
let lastRef: Date | null = null
let lastRefIso: string | null = null
function parseBase(base: string | null): Date | null {
  if (!base) return null
  if (base === lastBase) return lastRef
  const d = new Date(base)
  lastBase = base
  lastRef = Number.isNaN(d.getTime()) ? null : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  lastRefIso = lastRef ? lastRef.toISOString().slice(0, 10) : null
  return lastRef
}
function shift(d: Date, days: number): Date { return new Date(d.getTime() + days * 86_400_000) }

// One cheap test before the five expressions: most sentences name no time at all.
const ANY_TIME = /\d|day|tonight|week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i

export function resolveDate(sentence: string, base: string | null): DateResult {
  const ref = parseBase(base)
  if (!ANY_TIME.test(sentence)) return ref ? { date: iso(ref), via: 'the article date' } : { date: null, via: 'no article date and no date in the sentence' }
  // A day of the month and a year are digits: without one, those three expressions cannot match and are not run.
  const digit = HAS_DIGIT.test(sentence)
  let m = digit ? RE_MONTH_DAY.exec(sentence) : null
  let month = -1, day = 0, year = 0
  if (m) { month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()); day = Number(m[2]); year = Number(m[3] ?? 0) }
  else if (digit && (m = RE_DAY_MONTH.exec(sentence))) { month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()); day = Number(m[1]); year = Number(m[3] ?? 0) }
  if (m && month >= 0 && day >= 1 && day <= 31) {
    if (!year && ref) {
      year = ref.getUTCFullYear()
      // A date later than the article without a year is last year's ("on Dec 30" in a January article).
      if (Date.UTC(year, month, day) > ref.getTime() + 86_400_000 * 7) year -= 1
    }
    if (year) return { date: iso(new Date(Date.UTC(year, month, day))), via: `"${m[0]}"` }
  }
  if ((m = RE_WEEKDAY.exec(sentence))) {
    if (!ref) return { date: null, via: `"${m[0]}" but no article date` }
    const want = WEEKDAYS.indexOf(m[2]!.toLowerCase())
    let back = (ref.getUTCDay() - want + 7) % 7
    if (m[1]?.toLowerCase() === 'last' && back === 0) back = 7
    if (m[1]?.toLowerCase() === 'next') back = -((want - ref.getUTCDay() + 7) % 7 || 7)
    return { date: iso(shift(ref, -back)), via: `"${m[0]}" → the ${back >= 0 ? 'last' : 'next'} ${m[2]} from the article date ${iso(ref)}` }
  }
  if ((m = RE_RELATIVE.exec(sentence))) {
    const phrase = m[1]!.toLowerCase()
    if (!ref) return { date: null, via: `"${m[0]}" but no article date` }
    if (phrase === 'yesterday') return { date: iso(shift(ref, -1)), via: `"yesterday" from ${iso(ref)}` }
    if (phrase.startsWith('last year')) return { date: String(ref.getUTCFullYear() - 1), via: `"last year" from ${iso(ref)}` }
    if (phrase.startsWith('last month')) { const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1)); return { date: iso(d).slice(0, 7), via: `"last month" from ${iso(ref)}` } }
    if (m[2]) {
      const n = Number(m[2]) || NUMBER_WORDS[m[2].toLowerCase()] || 0
      const unit = m[3]!.toLowerCase()
      if (unit === 'days' || unit === 'weeks') return { date: iso(shift(ref, -n * (unit === 'days' ? 1 : 7))), via: `"${m[0]}" from ${iso(ref)}` }
      if (unit === 'years') return { date: String(ref.getUTCFullYear() - n), via: `"${m[0]}" from ${iso(ref)}` }
      return { date: iso(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - n, 1))).slice(0, 7), via: `"${m[0]}" from ${iso(ref)}` }
    }
    return { date: iso(ref), via: `"${m[0]}" → the article date` }
  }
  if (digit && (m = RE_YEAR.exec(sentence))) return { date: m[1]!, via: `"${m[0]}"` }
  if (ref) return { date: iso(ref), via: 'the article date' }
  return { date: null, via: 'no article date and no date in the sentence' }
}

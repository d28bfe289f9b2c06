// Absolute and relative publication times as news sites print them:
// "4 February 2022", "Feb. 4, 2022", "Friday 04 February 2022 18:02 GMT", "04/02/2022, 08:29 pm",
// "7:47 AM PT – Friday, February 4, 2022", "2022-02-04T14:05Z", "10 HOURS AGO", "2 days ago".

const MONTHS = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['june', 6], ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
])
const WEEKDAYS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
// Offsets in hours; summer/winter variants as printed.
const ZONES = new Map<string, number>([
  ['gmt', 0], ['utc', 0], ['z', 0], ['bst', 1], ['cet', 1], ['cest', 2], ['msk', 3], ['ist', 5.5], ['cst', -6], ['hkt', 8], ['sgt', 8], ['jst', 9], ['kst', 9],
  ['et', -5], ['est', -5], ['edt', -4], ['ct', -6], ['cdt', -5], ['mt', -7], ['mst', -7], ['mdt', -6], ['pt', -8], ['pst', -8], ['pdt', -7], ['aest', 10], ['aedt', 11],
])
const FILLER = new Set(['published', 'updated', 'last', 'first', 'posted', 'modified', 'on', 'at', 'am', 'pm', 'a.m.', 'p.m.', 'the', 'of', 'date', 'time'])

export interface ParsedDate { iso: string; words: number; leftover: number }

/** Finds a calendar date (and time, zone) in a short string; `leftover` counts words that are not part of a date. */
export function parseDate(s: string): ParsedDate | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\b/.exec(s)
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso
    const leftover = countLeftover(s.replace(iso[0], ' '))
    if (!h) return { iso: `${y}-${mo}-${d}`, words: 1, leftover }
    const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${tz ? (tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz) : 'Z'}`)
    return Number.isNaN(t) ? null : { iso: tz ? new Date(t).toISOString().replace('.000', '') : `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}`, words: 1, leftover }
  }
  let year = 0, month = 0, day = 0, hour = -1, minute = 0, zone: number | null = null, leftover = 0
  const words = s.replace(/[–—|,]/g, ' ').split(/\s+/).filter(Boolean)
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/^[(]|[).:]+$/g, '')
    if (!w) continue
    const m = MONTHS.get(w) ?? MONTHS.get(w.replace(/\.$/, ''))
    if (m && !month) { month = m; continue }
    if (WEEKDAYS.has(w)) continue
    let g: RegExpExecArray | null
    if ((g = /^(\d{1,2})[:.](\d{2})(am|pm|a\.m|p\.m)?$/.exec(w)) && hour < 0) {
      hour = Number(g[1]); minute = Number(g[2])
      const next = words[i + 1]?.toLowerCase().replace(/[.,]/g, '')
      const mer = g[3]?.[0] ?? (next === 'am' || next === 'pm' ? next[0] : null)
      if (mer === 'p' && hour < 12) hour += 12
      if (mer === 'a' && hour === 12) hour = 0
      continue
    }
    if ((g = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(w)) && !year) {
      // Day first unless that is impossible (most non-US outlets; US sites write month names).
      let a = Number(g[1]), b = Number(g[2])
      if (b > 12 && a <= 12) [a, b] = [b, a]
      day = a; month = b; year = Number(g[3]); continue
    }
    if ((g = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w)) && !day) { day = Number(g[1]); continue }
    if (/^(19|20)\d{2}$/.test(w) && !year) { year = Number(w); continue }
    if (ZONES.has(w) && zone === null) { zone = ZONES.get(w)!; continue }
    if (FILLER.has(w)) continue
    leftover++
  }
  if (!year || !month || !day || day > 31) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  if (hour < 0) return { iso: date, words: words.length, leftover }
  if (zone === null) return { iso: `${date}T${pad(hour)}:${pad(minute)}:00`, words: words.length, leftover }
  const t = Date.UTC(year, month - 1, day, hour, minute) - zone * 3600_000
  return { iso: new Date(t).toISOString().replace('.000', ''), words: words.length, leftover }
}

const UNIT_MS: Record<string, number> = { second: 1e3, minute: 6e4, hour: 3.6e6, day: 8.64e7, week: 6.048e8 }
const RELATIVE = /\b(\d+|an?|one)\s+(sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago\b|\b(just now|yesterday)\b/i

export interface RelativeTime { text: string; index: number; iso: string | null }

/** "10 HOURS AGO", "yesterday", "just now" → the phrase, and an absolute time when a reference time (`capturedAt`) is known. */
export function findRelative(s: string, capturedAt: string | null): RelativeTime | null {
  const m = RELATIVE.exec(s)
  if (!m) return null
  const [count, unit] = m[3] ? (m[3].toLowerCase() === 'yesterday' ? ['1', 'day'] : ['0', 'second']) : [m[1]!, m[2]!]
  return { text: m[0], index: m.index, iso: capturedAt ? resolveRelative(count, unit, capturedAt) : null }
}

function resolveRelative(count: string, unitWord: string, capturedAt: string): string | null {
  const ref = Date.parse(capturedAt)
  if (Number.isNaN(ref)) return null
  const n = /^\d+$/.test(count) ? Number(count) : 1
  const u = unitWord.toLowerCase()
  const unit = u.startsWith('s') ? 'second' : u.startsWith('mi') ? 'minute' : u.startsWith('h') ? 'hour' : u.startsWith('d') ? 'day' : u.startsWith('w') ? 'week' : u.startsWith('mo') ? 'month' : 'year'
  const d = new Date(ref)
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n)
  else if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - n)
  else d.setTime(ref - n * UNIT_MS[unit]!)
  // Days and longer are only as precise as a date.
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? d.toISOString().replace('.000', '') : d.toISOString().slice(0, 10)
}

function countLeftover(s: string): number {
  return s.split(/[\s,–—|]+/).filter((w) => w && !FILLER.has(w.toLowerCase()) && !WEEKDAYS.has(w.toLowerCase())).length
}

function pad(n: number): string { return String(n).padStart(2, '0') }

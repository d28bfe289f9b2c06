import type { Person } from '../../article/types.js'
import { findRelative, parseDate } from './dates.js'

const CAP = "[\\p{Lu}][\\p{L}'’.-]*"
const PARTICLE = '(?:de|da|del|der|van|von|bin|al|el|le|la|du|di|dos|ter|mac)'
const NAME_SRC = `${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){1,3}`
const PLACE_SRC = `${CAP}(?:\\s+${CAP}){0,2}`
const PERSON = new RegExp(`^(${NAME_SRC})(?:\\s+in\\s+(${PLACE_SRC}))?$`, 'u')
const SEPARATOR = /\s*(?:,\s*and\s+|,\s*|;\s*|\s+and\s+|\s*&\s*|\s+\|\s+)\s*/
// Words that start with a capital but never name a byline's person.
const NOT_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Published|Updated|Posted|The|News|Editor|Correspondent|Reporter|Staff|Newsroom|Bureau|Agency|Desk|Photo|Image|Share)\b/
const AGENCY = /^(?:[A-Z]{2,6}|Reuters|Associated Press|Agence France-Presse|Bloomberg|Xinhua|Interfax|Kyodo|Yonhap|Press Association|[\p{Lu}][\p{L}]+ (?:News|Newsroom|Staff|Desk))$/u

export interface Byline { authors: Person[]; agency: string | null; published: { relative: string | null; iso: string | null } | null }

/**
 * "By NAME and NAME, AGENCY", "NAME in PLACE and NAME in PLACE 10 HOURS AGO", "By NAME | Published …".
 * Without a leading "By" the block must read as a list of people with places or end in a time,
 * so that a short headline is never taken for a byline.
 */
export function parseByline(text: string, capturedAt: string | null): Byline | null {
  if (text.length > 300) return null
  let s = text.trim()
  const by = /^by\s+/i.exec(s)
  if (by) s = s.slice(by[0].length)
  // Without "By", a byline names located people or ends in a time: both need " in ", "ago" or a year.
  else if (!/ago\b|AGO\b|\d{4}/.test(s) && (!s.includes(' in ') || /[.!?"”]$/.test(s))) return null
  let published: Byline['published'] = null
  const rel = findRelative(s, capturedAt)
  if (rel && rel.index + rel.text.length >= s.replace(/[\s.]+$/, '').length) {
    published = { relative: rel.text, iso: rel.iso }
    s = s.slice(0, rel.index).replace(/\s*\b(?:updated|published|posted)\s*:?\s*$/i, '')
  } else if (/\d{4}/.test(s)) {
    const tail = /\s*(?:[|,–—-]\s*)?(?:(?:Published|Updated|Posted)\s*:?\s*)?((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?(?:\d{1,2}\s+[A-Z][A-Za-z]+\.?|[A-Z][A-Za-z]+\.?\s+\d{1,2},?)\s+\d{4}.*)$/.exec(s)
    const d = tail ? parseDate(tail[1]!) : null
    if (tail && d && d.leftover === 0) { published = { relative: null, iso: d.iso }; s = s.slice(0, tail.index) }
  }
  s = s.replace(/[\s,|·•–—-]+$/, '')
  let agency: string | null = null
  // "… in Taipei and agencies" (Guardian), "By ZEKE MILLER Associated Press" (AP): the agency trails the names.
  const trailing = AGENCY_TAIL.exec(s)
  if (trailing) { agency = trailing[1]!; s = s.slice(0, trailing.index).replace(/[\s,|·•–—-]+$/, '') }
  if (!s) return null
  const parts = s.split(SEPARATOR).filter(Boolean)
  const authors: Person[] = []
  let located = 0
  for (const part of parts) {
    const p = part.replace(/^(?:[Ww]ritten|[Rr]eported)\s+by\s+/, '')
    const m = PERSON.exec(p)
    if (m && !NOT_NAME.test(m[1]!)) { authors.push({ name: caseName(m[1]!), location: m[2] ?? null }); if (m[2]) located++; continue }
    if (by && AGENCY.test(p)) { agency ??= p; continue }
    if (by && /\p{Lu}/u.test(p) && p.length < 60) { agency ??= p; continue } // "CNN's Beijing Bureau"
    return null
  }
  if (!authors.length && !(by && agency)) return null
  // Without "By" or a time, only located people read as a byline ("A in X and B in Y", "A in X and agencies"), never a sentence.
  if (!by && !published && ((located < 2 && !(agency && located)) || /[.!?]$/.test(text.trim()))) return null
  return { authors, agency, published }
}

const AGENCY_TAIL = /(?:\s*,|\s+and|\s+with)?\s+(agencies|wires|(?:The )?Associated Press|AP|Reuters|AFP|Bloomberg)$/

/** "ZEKE MILLER" → "Zeke Miller"; names printed in mixed case stay as printed. */
function caseName(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
}

const CONTRIBUTION = /^(?:additional reporting|reporting|writing|research|contributing|compiled)\s+by\s+/i
const CONTRIBUTED = /^(.+?)\s+contributed(?:\s+reporting)?(?:\s+to)?\s+(?:this|the)\s+(?:report|story|article)\.?$/i

/** "Additional reporting by NAME in PLACE", "Reporting by X in Y; Editing by Z", "AP writers X and Y contributed to this report." */
export function parseContributors(text: string): Person[] | null {
  if (text.length > 400) return null
  let body: string | null = null
  if (CONTRIBUTION.test(text)) body = text
  else if (text.includes('contributed')) { const m = CONTRIBUTED.exec(text); if (m) body = m[1]!.replace(/^(?:[\p{Lu}][\p{L}]*\s+)*?(?:writers?|correspondents?|reporters?|journalists?)\s+/u, '') }
  if (body === null) return null
  const people: Person[] = []
  for (const clause of body.split(/\s*;\s*/)) {
    if (/^(?:editing|edited)\s+by\b/i.test(clause)) continue
    const names = clause.replace(CONTRIBUTION, '').replace(/[.\s]+$/, '')
    for (const part of names.split(SEPARATOR)) {
      const m = PERSON.exec(part)
      if (m && !NOT_NAME.test(m[1]!)) people.push({ name: m[1]!, location: m[2] ?? null })
    }
  }
  return people.length ? people : null
}

/** A lone name line ("Andrew Osborn") counts as a byline only next to a date line; the caller checks that. */
export function parseBareName(text: string): Person | null {
  const m = PERSON.exec(text.trim())
  return m && !NOT_NAME.test(m[1]!) ? { name: m[1]!, location: m[2] ?? null } : null
}

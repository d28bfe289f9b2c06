import type { Person } from '../../article/types.js'

// "By Jane Roe and John Doe", "Jane Roe, John Doe & Ann Lee", "By JANE ROE, Associated Press".
const BY = /^\s*(?:by|von|par|por|di|door|af|av)\s+/i
const SEPARATORS = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|;|\|)\s*/i
// Wire services that CMSs put in the author field.
const KNOWN_NON_PEOPLE = /^(?:reuters|ap|afp|dpa|efe|ansa|tass|xinhua|pti|ians|upi|bloomberg|associated press)$/i
const NOT_A_NAME = /\b(?:staff|reporters?|correspondents?|writers?|editors?|news|press|associated|agency|bureau|desk|wire|updated|published|contributors?|team|editorial|board)\b|\d|@|https?:/i

/** Author names from a byline or a list of names; roles and agency suffixes are dropped. */
export function parseByline(byline: string): string[] {
  const text = byline.replace(/\s+/g, ' ').replace(BY, '').trim()
  if (!text || text.length > 200) return []
  return text.split(SEPARATORS).map((s) => s.replace(BY, '').trim()).filter((s) => isPersonName(s))
}

/** Looks like a person's name: 2–5 words, starts with a capital letter, no role or agency words. */
export function isPersonName(s: string): boolean {
  const words = s.split(' ')
  return words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(s) && !NOT_A_NAME.test(s)
}

/** Unique people in order (case-insensitive), from any mix of raw names and bylines. */
export function toPeople(names: readonly string[]): Person[] {
  const seen = new Set<string>()
  const out: Person[] = []
  for (const raw of names) {
    for (const name of raw.includes(',') || BY.test(raw) || / and /i.test(raw) ? parseByline(raw) : [raw.trim()]) {
      const key = name.toLowerCase()
      // Agencies and desks ("Reuters", "News Nation Bureau") are not people; one-word pen names are kept.
      if (!name || seen.has(key) || NOT_A_NAME.test(name) || KNOWN_NON_PEOPLE.test(name)) continue
      seen.add(key)
      out.push({ name: titleCase(name), location: null })
    }
  }
  return out
}

/** "JANE ROE" → "Jane Roe"; mixed-case names are left alone. */
function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase()) : name
}

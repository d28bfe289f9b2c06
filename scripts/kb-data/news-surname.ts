// The short form news uses for a person, derived from the full name by general
// naming conventions (not per-person lists): family name first in Chinese and
// Korean names, given name in Thai usage, particles kept ("von der Leyen"),
// Arabic article dropped as a second form ("al-Assad" → "Assad").

const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'SGP'])
const GIVEN_NAME_USED = new Set(['THA'])
const NO_FAMILY_NAME = new Set(['MMR', 'KHM', 'IDN', 'MYS', 'ISL', 'MNG', 'ETH', 'ERI'])
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'zu', 'der', 'den', 'ter', 'du', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'ould'])
const SUFFIXES = /^(Jr\.?|Sr\.?|II|III|IV|V|VI)$/
/** Surnames that are also everyday capitalised words, months or titles: too risky as a bare alias. */
const RISKY = new Set(['May', 'March', 'June', 'August', 'Key', 'Will', 'Young', 'Long', 'Little', 'Hope', 'Love', 'Best', 'Major', 'General', 'King', 'Prince', 'Said', 'Can', 'Sun', 'Ali', 'Ahmed', 'Ahmad', 'Mohammed', 'Mohamed', 'Mohammad', 'Muhammad', 'Muhammed', 'Hussain', 'Hassan', 'Hussein', 'Abdullah', 'Singh', 'Shah', 'Le'])

/**
 * @param blocked lower-cased surfaces a bare surname must not take: everyday words
 *   (everyday-word-surnames.txt), country names, and names of organisations in the KB
 *   (Luís Montenegro is not "Montenegro", Jaques Wagner is not "Wagner").
 */
export function newsSurnames(name: string, country: string | null, blocked: Set<string> = new Set()): string[] {
  // Patronymic chains and Gulf dynasty names ("bin Salman", "Al Thani", "Al-Sabah") have no news surname.
  if (/\b(bin|ibn|bint)\b|\bAl[- ]/.test(name)) return []
  const tokens = name.split(' ').filter((t) => !SUFFIXES.test(t))
  if (tokens.length < 2) return []
  if (country && NO_FAMILY_NAME.has(country)) return []
  let short: string
  if (country && FAMILY_NAME_FIRST.has(country)) short = tokens[0]!
  else if (country && GIVEN_NAME_USED.has(country)) short = tokens[0]!
  else {
    let start = tokens.length - 1
    while (start > 1 && PARTICLES.has(tokens[start - 1]!.toLowerCase())) start--
    short = tokens.slice(start).join(' ')
  }
  const forms = [short]
  const article = /^(?:al|el|Al|El|as|ash|ad|an|ar|at|az)-(.+)$/.exec(short)
  if (article) forms.push(article[1]!)
  return forms.filter((f) => !RISKY.has(f) && !blocked.has(f.toLowerCase()) && !blocked.has((asciiForm(f) ?? f).toLowerCase()) && f !== name)
}

/** ASCII form of a name with diacritics (Erdoğan → Erdogan) or an apostrophe inside a word, which news often drops
 *  (Ya'alon → Yaalon; not O'Brien), or null if it has neither. */
export function asciiForm(name: string): string | null {
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/(\p{Ll})['’](?!s\b)(\p{Ll})/gu, '$1$2')
    .replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/æ/g, 'ae').replace(/ð/g, 'd').replace(/þ/g, 'th')
  return folded === name ? null : folded
}

/** The other spellings news gives a family name with the Arabic article inside a full name: "Hamad bin Khalifa Al
 *  Thani" → "Hamad bin Khalifa al-Thani", "Hamad bin Khalifa Al-Thani" (and back). Only after a first word, so that a
 *  name opening with the article is left alone. */
export function arabicArticleForms(name: string): string[] {
  const m = /^(\S.*? )(Al|al|El|el)([ -])(\p{Lu}\S*)$/u.exec(name)
  if (!m) return []
  const [, head, article, , rest] = m
  const lower = article!.toLowerCase()
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1)
  return [`${head}${cap} ${rest}`, `${head}${lower}-${rest}`, `${head}${cap}-${rest}`].filter((f) => f !== name)
}

import type { KbEntry, KbRole } from './schema.js'

/** A problem in a user dictionary, with its line so the user can fix it. */
export interface ImportIssue { line: number; reason: string }
export interface ImportResult { entries: KbEntry[]; issues: ImportIssue[] }

const LOWER_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'da', 'di', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le'])

/** PETRARCH names are upper case with "_" for spaces: "ISLAMIC_REPUBLIC_OF_AFGHANISTAN" → "Islamic Republic of Afghanistan";
 *  a short single word stays an acronym ("ANSF"). */
export function displayName(raw: string): string {
  const words = raw.replace(/_+$/, '').split('_').filter(Boolean)
  if (words.length === 1 && words[0]!.length <= 3 && /^[A-Z0-9.&]+$/.test(words[0]!)) return words[0]!
  return words.map((w, i) => (i > 0 && LOWER_WORDS.has(w.toLowerCase()) ? w.toLowerCase()
    : w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-'))).join(' ')
}

/** "YYMMDD" (or "YYYYMMDD") → ISO date; two-digit years up to this year's are 20YY, later ones 19YY (the files date from 1990–2015). */
export function cameoDate(yymmdd: string): string | null {
  if (/^\d{8}$/.test(yymmdd)) return `${yymmdd.slice(0, 4)}-${yymmdd.slice(4, 6)}-${yymmdd.slice(6, 8)}`
  if (!/^\d{6}$/.test(yymmdd)) return null
  const yy = Number(yymmdd.slice(0, 2))
  const century = yy <= new Date().getUTCFullYear() % 100 ? 2000 : 1900
  return `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`
}

/** "[RUSGOV 000507-080507]", "[AFGGOVJUD >100201]", "[USAELI <090120]", "[AFG]" → a dated role. */
export function parseCodeBlock(block: string): KbRole | null {
  const m = /^\[\s*([A-Z0-9~]+)\s*(?:([<>]?)\s*(\d{6}|\d{8})(?:\s*-\s*(\d{6}|\d{8}))?)?\s*\]$/.exec(block.trim())
  if (!m) return null
  const code = m[1]!.replace(/~/g, '')
  const country = /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null
  const sector = code.length >= 6 ? code.slice(3, 6) : null
  let from: string | null = null, to: string | null = null
  if (m[3]) {
    if (m[2] === '>') from = cameoDate(m[3])
    else if (m[2] === '<') to = cameoDate(m[3])
    else { from = cameoDate(m[3]); to = m[4] ? cameoDate(m[4]) : null }
  }
  return { code, country, sector, role: null, from, to }
}

const kebab = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/**
 * Reads a CAMEO/PETRARCH `.actors` dictionary: a name line (`NAME_ [CODE]` or `NAME_ # comment`), `+ALIAS`
 * lines, and indented `[CODE YYMMDD-YYMMDD]` lines; `#` starts a comment. An entry whose codes carry dates is a
 * PERSON, a bare country code a PLACE, anything else an ORG.
 */
export function parseCameoActors(source: string, idPrefix = 'user'): ImportResult {
  const entries: KbEntry[] = []
  const issues: ImportIssue[] = []
  const used = new Map<string, number>()
  let current: { names: string[]; roles: KbRole[]; line: number } | null = null
  const flush = () => {
    if (!current) return
    const c = current
    current = null
    if (!c.roles.length) { issues.push({ line: c.line, reason: `actors/no-code: ${c.names[0]} has no [CODE]` }); return }
    const [name, ...aliases] = c.names.map(displayName)
    // Short one-word names may be acronyms or names in capitals ("ANSF", "PUTIN"): keep the capitals as an alias too.
    for (const raw of c.names) if (/^[A-Z]{4,5}_?$/.test(raw)) aliases.push(raw.replace(/_$/, ''))
    const datedRoles = c.roles.filter((r) => r.from || r.to)
    const dated = datedRoles.length > 0
    const undated = c.roles.find((r) => !r.from && !r.to) ?? c.roles.at(-1)!
    const type = dated ? 'PERSON' : undated.code.length === 3 ? 'PLACE' : 'ORG'
    let id = `${idPrefix}-${kebab(name!) || 'actor'}`
    const n = (used.get(id) ?? 0) + 1
    used.set(id, n)
    if (n > 1) id = `${id}-${n}`
    entries.push({
      id, type, name: name!, aliases: [...new Set(aliases.filter((a) => a !== name))], country: undated.country ?? null,
      actor: { code: undated.code, sector: undated.sector ?? null, role: null },
      ...(dated ? { roles: datedRoles } : {}),
    } as KbEntry)
  }
  source.split(/\r?\n/).forEach((rawLine, index) => {
    const lineNo = index + 1
    const line = rawLine.replace(/#.*$/, '')
    if (!line.trim()) return
    const trimmed = line.trim()
    const codes = [...trimmed.matchAll(/\[[^\]]*\]/g)].map((m) => m[0])
    const text = trimmed.replace(/\[[^\]]*\]/g, '').trim()
    if (text.startsWith('+')) {
      if (!current) { issues.push({ line: lineNo, reason: 'actors/orphan-alias: alias before any name' }); return }
      if (text.length > 1) current.names.push(text.slice(1).trim())
    } else if (text && !/^\s/.test(line)) {
      // A new name line starts a new entry unless the previous one is still waiting for its codes.
      if (current && current.roles.length) flush()
      if (current) current.names.push(text)
      else current = { names: [text], roles: [], line: lineNo }
    } else if (text) {
      issues.push({ line: lineNo, reason: `actors/unexpected: ${text.slice(0, 40)}` })
    }
    for (const block of codes) {
      if (/^\[\s*-+\s*\]$/.test(block)) continue // "[---]": PETRARCH's "no actor"
      const role = parseCodeBlock(block)
      if (!role) { issues.push({ line: lineNo, reason: `actors/bad-code: ${block}` }); continue }
      if (!current) { issues.push({ line: lineNo, reason: `actors/orphan-code: ${block}` }); continue }
      current.roles.push(role)
    }
  })
  flush()
  return { entries, issues }
}

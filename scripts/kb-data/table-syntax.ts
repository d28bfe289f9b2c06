// Shared pieces of the compact table syntax used by scripts/kb-data/tables/*.txt
// (described in scripts/kb-data/README.md).

export const SECTORS = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SPY', 'BUS', 'MED', 'NGO', 'IGO',
  'EDU', 'REL', 'CVL', 'LAB', 'UNK', 'PTY', 'CRM',
])

export class TableError extends Error {
  constructor(where: string, what: string) {
    super(`kb-data/table: ${where}: ${what}`)
  }
}

/** `2000-05-07` stays; `2000-05` → `2000-05-01`; `2000` → `2000-01-01` (precision noted in provenance). */
export function isoDate(raw: string, where: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(raw.trim())
  if (!m) throw new TableError(where, `bad date "${raw}"`)
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
}

/** `GOV` → {sector GOV, code CTRY+GOV}; `REB:HAMAS` → {sector REB, code HAMAS}. */
export function sectorAndCode(raw: string, country: string | null, where: string) {
  const [sector, explicit] = raw.trim().split(':')
  if (!sector || !SECTORS.has(sector)) throw new TableError(where, `unknown sector "${raw}"`)
  const code = explicit ?? (country ? country + sector : sector)
  return { sector, code }
}

export function countryOrNull(raw: string): string | null {
  const c = raw.trim()
  return c === '-' || c === '' ? null : c
}

/** Splits `Name [alias; alias] {key=value, key=value}` into its parts. */
export function nameWithExtras(raw: string) {
  let rest = raw
  const opts: Record<string, string> = {}
  for (const optMatch of rest.matchAll(/\{([^}]*)\}/g)) {
    for (const pair of optMatch[1]!.split(',')) {
      const [k, v] = pair.split('=').map((s) => s.trim())
      if (k) opts[k] = v ?? 'true'
    }
  }
  rest = rest.replace(/\{[^}]*\}/g, '')
  let aliases: string[] = []
  const aliasMatch = /\[([^\]]*)\]/.exec(rest)
  if (aliasMatch) {
    aliases = aliasMatch[1]!.split(';').map((s) => s.trim()).filter(Boolean)
    rest = rest.replace(aliasMatch[0], '')
  }
  return { name: rest.trim().replace(/\s+/g, ' '), aliases, opts }
}

export function slug(name: string): string {
  return name
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** Lines without comments and blanks, each with its 1-based line number. */
export function contentLines(text: string): Array<{ line: string; no: number }> {
  return text.split('\n')
    .map((line, i) => ({ line: line.replace(/\s+#.*$|^#.*$/, '').trim(), no: i + 1 }))
    .filter((l) => l.line !== '')
}

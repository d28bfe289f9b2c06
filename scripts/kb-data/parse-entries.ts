// Parses organisation, group and event tables: `@key value` header lines, then one
// entry per line: `Name [alias; alias] {id=…, type=…, note=…} | CTRY | SECTOR[:CODE] | from | to`
// (sector `-` = no default actor; from/to optional, used for named events).
import { TableError, contentLines, countryOrNull, isoDate, nameWithExtras, sectorAndCode, slug } from './table-syntax.ts'

export interface EntryDraft {
  id: string; type: string; name: string; aliases: string[]; country: string | null
  actor?: { code: string; sector: string; role?: string }
  when?: { from: string; to: string | null }
  note?: string; where: string
}
export interface EntryTable { meta: Record<string, string>; entries: EntryDraft[] }

const TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT'])

export function parseEntryTable(text: string, fileName: string): EntryTable {
  const meta: Record<string, string> = {}
  const entries: EntryDraft[] = []
  for (const { line, no } of contentLines(text)) {
    const where = `${fileName}:${no}`
    const directive = /^@(\w+)\s+(.*)$/.exec(line)
    if (directive) { meta[directive[1]!] = directive[2]!.trim(); continue }
    const cells = line.split('|').map((s) => s.trim())
    if (cells.length < 3 || cells.length > 5) throw new TableError(where, `entry needs 3–5 cells, has ${cells.length}`)
    const { name, aliases, opts } = nameWithExtras(cells[0]!)
    const type = opts.type ?? meta.type
    if (!type || !TYPES.has(type)) throw new TableError(where, `unknown type "${type}"`)
    const country = countryOrNull(cells[1]!)
    const entry: EntryDraft = { id: opts.id ?? slug(name), type, name, aliases, country, where }
    if (cells[2] !== '-') {
      const { sector, code } = sectorAndCode(cells[2]!, country, where)
      entry.actor = opts.role ? { code, sector, role: opts.role } : { code, sector }
    }
    if (cells[3]) entry.when = { from: isoDate(cells[3], where), to: cells[4] ? isoDate(cells[4], where) : null }
    if (opts.note) entry.note = opts.note
    entries.push(entry)
  }
  for (const key of ['id', 'version', 'provenance', 'licence']) {
    if (!meta[key]) throw new TableError(fileName, `missing "@${key}" line`)
  }
  return { meta, entries }
}

export { slug }

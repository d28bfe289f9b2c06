// Parses people tables: office successions (`== CTRY | Role | SECTOR[:CODE]`
// followed by `DATE Name` lines, each holder serving until the next one's date)
// and free rows (`== free` followed by `Name | CTRY | Role | SECTOR[:CODE] | from | to`).
import { TableError, contentLines, countryOrNull, isoDate, nameWithExtras, sectorAndCode, slug } from './table-syntax.ts'

export interface Role { role: string; country: string | null; sector: string; code: string; from: string; to: string | null }
export interface PersonDraft {
  id: string; name: string; aliases: Set<string>; opts: Record<string, string>
  roles: Role[]; files: Set<string>; where: string
}

interface Office { country: string | null; role: string; sector: string; code: string }

export function parsePeopleTable(text: string, fileName: string, people: Map<string, PersonDraft>): void {
  let file = ''
  let office: Office | 'free' | null = null
  let pending: { person: PersonDraft; role: Role } | null = null
  const closePending = (to: string | null) => {
    if (pending) pending.role.to = to
    pending = null
  }
  for (const { line, no } of contentLines(text)) {
    const where = `${fileName}:${no}`
    if (line.startsWith('@file ')) { file = line.slice(6).trim(); continue }
    if (line.startsWith('==')) {
      closePending(null)
      const head = line.slice(2).trim()
      if (head === 'free') { office = 'free'; continue }
      const [c, role, sc, extra] = head.split('|').map((s) => s.trim())
      if (!c || !role || !sc || extra !== undefined) throw new TableError(where, 'office header needs "CTRY | Role | SECTOR[:CODE]"')
      const country = countryOrNull(c)
      office = { country, role, ...sectorAndCode(sc, country, where) }
      continue
    }
    if (!file) throw new TableError(where, 'table needs an "@file people-…" line first')
    if (office === null) throw new TableError(where, 'row before any "==" header')
    if (office === 'free') {
      const cells = line.split('|').map((s) => s.trim())
      if (cells.length !== 6) throw new TableError(where, `free row needs 6 cells, has ${cells.length}`)
      const [who, c, role, sc, from, to] = cells as [string, string, string, string, string, string]
      const country = countryOrNull(c)
      const { draft: person, lastOpts } = personFor(who, file, where, people)
      person.roles.push({ role: lastOpts.role ?? role, country, ...sectorAndCode(sc, country, where), from: isoDate(from, where), to: to === '' || to === '-' ? null : isoDate(to, where) })
      continue
    }
    const m = /^(\d{4}(?:-\d{2}){0,2})\s+(.+)$/.exec(line)
    if (!m) throw new TableError(where, `expected "DATE Name", got "${line}"`)
    const from = isoDate(m[1]!, where)
    closePending(from)
    if (m[2] === '-') continue // office vacant or abolished from this date
    const person = personFor(m[2]!, file, where, people)
    const roleName = person.lastOpts.role ?? office.role
    const role: Role = { role: roleName, country: office.country, sector: office.sector, code: office.code, from, to: null }
    person.draft.roles.push(role)
    pending = { person: person.draft, role }
  }
  closePending(null)
}

function personFor(raw: string, file: string, where: string, people: Map<string, PersonDraft>): { draft: PersonDraft; lastOpts: Record<string, string> } {
  const { name, aliases, opts } = nameWithExtras(raw)
  if (!name) throw new TableError(where, 'missing name')
  const id = opts.id ?? slug(name)
  let draft = people.get(id)
  if (!draft) {
    draft = { id, name, aliases: new Set(), opts: {}, roles: [], files: new Set(), where }
    people.set(id, draft)
  } else if (draft.name !== name) {
    throw new TableError(where, `id "${id}" already used for "${draft.name}" (${draft.where}); give {id=…}`)
  }
  draft.files.add(file)
  for (const a of aliases) draft.aliases.add(a)
  const { role: _role, ...personOpts } = opts
  Object.assign(draft.opts, personOpts)
  return { draft, lastOpts: opts }
}

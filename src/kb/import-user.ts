import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, extname } from 'node:path'
import { z } from 'zod'
import { parseCameoActors, type ImportIssue, type ImportResult } from './import-cameo.js'
import { kbEntrySchema, kbFileSchema, KB_TYPES, type KbEntry } from './schema.js'

/** The simple row form for JSON arrays and CSV files: name, code, and optionally the rest. */
const rowSchema = z.object({
  name: z.string().min(1),
  code: z.string().regex(/^[A-Z0-9]{2,}$/, 'expected an actor code such as RUSGOV or NATO'),
  type: z.enum(KB_TYPES).optional(),
  aliases: z.union([z.array(z.string()), z.string()]).optional(),
  country: z.string().regex(/^[A-Z]{3}$/).optional().nullable(),
  sector: z.string().optional().nullable(),
  role: z.string().optional().nullable(),
  from: z.string().optional().nullable(),
  to: z.string().optional().nullable(),
})
type Row = z.infer<typeof rowSchema>

const kebab = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

function fromRow(row: Row): KbEntry {
  const aliases = typeof row.aliases === 'string' ? row.aliases.split('|').map((a) => a.trim()).filter(Boolean) : row.aliases ?? []
  const country = row.country ?? (/^[A-Z]{3}/.test(row.code) && row.code.length !== 3 ? row.code.slice(0, 3) : row.code.length === 3 ? row.code : null)
  const sector = row.sector ?? (row.code.length >= 6 ? row.code.slice(3, 6) : null)
  const dated = row.from || row.to
  return kbEntrySchema.parse({
    id: `user-${kebab(row.name)}`, type: row.type ?? (dated || row.role ? 'PERSON' : row.code.length === 3 ? 'PLACE' : 'ORG'), name: row.name, aliases, country,
    actor: { code: row.code, sector, role: row.role ?? null },
    ...(dated ? { roles: [{ code: row.code, country, sector, role: row.role ?? null, from: row.from || null, to: row.to || null }] } : {}),
  })
}

/** Minimal CSV: a header row, commas, double quotes around fields that contain commas. */
function parseCsv(source: string): Record<string, string>[] {
  const lines = source.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'))
  const split = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"').trim())
  const head = split(lines[0] ?? '')
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [head[i] ?? `col${i}`, v]).filter(([, v]) => v !== '')))
}

function fromRows(rows: unknown[], lineOffset: number): ImportResult {
  const entries: KbEntry[] = []
  const issues: ImportIssue[] = []
  rows.forEach((raw, i) => {
    const r = rowSchema.safeParse(raw)
    if (!r.success) { issues.push({ line: i + lineOffset, reason: `actors/bad-row: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}` }); return }
    entries.push(fromRow(r.data))
  })
  return { entries, issues }
}

/** Reads a user actor dictionary: CAMEO/PETRARCH `.actors` text, a KB-format JSON file, a JSON array of rows, or CSV. */
export function readUserDictionary(file: string): ImportResult & { format: string } {
  if (!existsSync(file)) throw new Error(`actors/not-found: ${file}`)
  const source = readFileSync(file, 'utf8')
  const ext = extname(file).toLowerCase()
  if (ext === '.json') {
    let json: unknown
    try { json = JSON.parse(source) } catch (err) { throw new Error(`actors/bad-json: ${file}: ${(err as Error).message}`) }
    if (Array.isArray(json)) return { ...fromRows(json, 1), format: 'json-rows' }
    const head = kbFileSchema.safeParse(json)
    if (!head.success) throw new Error(`actors/bad-json: ${file}: expected an array of {name, code, …} rows or a KB file {id, version, provenance, entries}`)
    const entries: KbEntry[] = [], issues: ImportIssue[] = []
    head.data.entries.forEach((e, i) => { const r = kbEntrySchema.safeParse(e); if (r.success) entries.push(r.data); else issues.push({ line: i + 1, reason: `actors/bad-entry: ${r.error.issues[0]?.message}` }) })
    return { entries, issues, format: 'kb' }
  }
  if (ext === '.csv') return { ...fromRows(parseCsv(source), 2), format: 'csv' }
  return { ...parseCameoActors(source), format: 'cameo' }
}

/** Adds entries to the user layer file (same id → replaced), creating it when needed. */
export function writeUserLayer(target: string, entries: KbEntry[], source: string): { total: number; added: number; replaced: number } {
  const existing: KbEntry[] = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')).entries ?? []) : []
  const byId = new Map(existing.map((e) => [e.id, e]))
  let replaced = 0
  for (const e of entries) { if (byId.has(e.id)) replaced++; const { layer: _layer, ...clean } = e as KbEntry & { layer?: string }; byId.set(e.id, clean as KbEntry) }
  mkdirSync(dirname(target), { recursive: true })
  const body = { id: 'user-actors', version: new Date().toISOString().slice(0, 10), provenance: `user actor dictionary; last import from ${source}`, licence: 'user-supplied', entries: [...byId.values()] }
  writeFileSync(target, `${JSON.stringify(body, null, 1)}\n`)
  return { total: byId.size, added: entries.length - replaced, replaced }
}

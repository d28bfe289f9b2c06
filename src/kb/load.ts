import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { kbEntrySchema, kbFileSchema, type KbEntry } from './schema.js'

/** Where the built-in knowledge base lives (every `*.json` in it is loaded). */
export const BUILTIN_KB_DIR = fileURLToPath(new URL('../../data/kb/', import.meta.url))

/** User actor dictionary to load: `ENTENTE_ACTORS`, else `~/.entente/actors.json`, when the file exists
 *  (`entente actors import` creates it). */
export function defaultUserActorsPath(): string | null {
  const fromEnv = process.env.ENTENTE_ACTORS
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  const home = join(homedir(), '.entente', 'actors.json')
  return existsSync(home) ? home : null
}

export interface KbWarning { code: string; file: string; entry: string | null; reason: string }

export interface LoadedEntries { entries: KbEntry[]; warnings: KbWarning[]; files: { id: string; version: string; file: string; count: number }[] }

/** Reads one KB file. Bad entries become warnings naming the file and the entry id; a bad file header is an error. */
export function readKbFile(file: string, layer: 'builtin' | 'user' = 'builtin'): LoadedEntries {
  const warnings: KbWarning[] = []
  let json: unknown
  try { json = JSON.parse(readFileSync(file, 'utf8')) } catch (err) {
    throw new Error(`kb/unreadable: ${file}: ${(err as Error).message}`)
  }
  const head = kbFileSchema.safeParse(json)
  if (!head.success) throw new Error(`kb/bad-file: ${file}: ${head.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const entries: KbEntry[] = []
  head.data.entries.forEach((raw, index) => {
    const parsed = kbEntrySchema.safeParse(raw)
    const id = (raw as { id?: unknown })?.id
    if (!parsed.success) {
      warnings.push({ code: 'kb/invalid-entry', file, entry: typeof id === 'string' ? id : `#${index}`, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })
      return
    }
    if (layer === 'user') (parsed.data as KbEntry & { layer?: string }).layer = 'user'
    entries.push(parsed.data)
  })
  return { entries, warnings, files: [{ id: head.data.id, version: head.data.version, file, count: entries.length }] }
}

/** Every `*.json` in a directory, in name order so that loading is deterministic. */
export function readKbDir(dir: string): LoadedEntries {
  const out: LoadedEntries = { entries: [], warnings: [], files: [] }
  if (!existsSync(dir)) return out
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const one = readKbFile(join(dir, name))
    out.entries.push(...one.entries); out.warnings.push(...one.warnings); out.files.push(...one.files)
  }
  return out
}

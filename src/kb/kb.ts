import { isCountry, type KbEntry } from './schema.js'
import { uniformEntries } from './uniform.js'
import { readKbDir, readKbFile, BUILTIN_KB_DIR, defaultUserActorsPath, type KbWarning } from './load.js'

/** How a KB surface names its entry: its name/alias, a nationality adjective, or a combining form ("Sino-"). */
export type SurfaceKind = 'name' | 'alias' | 'adjective' | 'combining'
export interface KbSurface { surface: string; entry: KbEntry; kind: SurfaceKind }

export interface Place { name: string; country: string | null; lat: number | null; lon: number | null; kbId: string }

export interface KbOptions { dir?: string; userFile?: string | null; extraEntries?: KbEntry[] }

const PLACE_RANK = (e: KbEntry) => (isCountry(e) ? 3 : e.capitalOf ? 2 : 1) * 1e12 + (e.population ?? 0)

/** The knowledge base, indexed once: built-ins, then the user layer (which wins on ids and surfaces). */
export class Kb {
  readonly entries: KbEntry[]
  readonly byId = new Map<string, KbEntry>()
  readonly surfaces: KbSurface[] = []
  readonly warnings: KbWarning[]
  readonly files: { id: string; version: string; file: string; count: number }[]
  /** First names of the KB's people ("Alexander"): evidence that an unknown two-word name is a person. */
  readonly givenNames = new Set<string>()
  private readonly bySurface = new Map<string, KbEntry[]>()
  private readonly byCountryCode = new Map<string, KbEntry>()

  constructor(builtin: KbEntry[], user: KbEntry[], warnings: KbWarning[], files: Kb['files']) {
    this.warnings = warnings
    this.files = files
    for (const e of uniformEntries(builtin)) {
      if (this.byId.has(e.id)) { warnings.push({ code: 'kb/duplicate-id', file: '', entry: e.id, reason: 'id already used; later entry ignored' }); continue }
      this.byId.set(e.id, e)
    }
    for (const e of uniformEntries(user)) this.byId.set(e.id, e) // a user entry replaces a built-in one with the same id
    this.entries = [...this.byId.values()]
    const userSurfaces = new Set<string>()
    for (const e of user) for (const s of [e.name, ...e.aliases]) userSurfaces.add(s.toLowerCase())
    for (const e of this.entries) {
      const isUser = (e as { layer?: string }).layer === 'user'
      const add = (surface: string, kind: SurfaceKind) => {
        const key = surface.toLowerCase()
        if (!isUser && userSurfaces.has(key) && kind !== 'adjective' && kind !== 'combining') return // the user layer owns this surface
        this.surfaces.push({ surface, entry: e, kind })
        const list = this.bySurface.get(key)
        if (!list) this.bySurface.set(key, [e]); else if (!list.includes(e)) list.push(e)
      }
      add(e.name, 'name')
      for (const a of e.aliases) add(a, 'alias')
      for (const a of e.adjectives ?? []) add(a, a.endsWith('-') ? 'combining' : 'adjective')
      if (isCountry(e) && e.country) this.byCountryCode.set(e.country, e)
      if (e.type === 'PERSON') { const first = e.name.split(' ')[0]!; if (first.length > 2 && /^\p{Lu}\p{Ll}+$/u.test(first)) this.givenNames.add(first) }
    }
  }

  /** Entries whose name or alias is this surface (case-insensitive); user entries first. */
  lookupName(surface: string): KbEntry[] {
    const list = this.bySurface.get(surface.trim().toLowerCase()) ?? []
    return [...list].sort((a, b) => Number((b as { layer?: string }).layer === 'user') - Number((a as { layer?: string }).layer === 'user'))
  }

  /** The country entry for an ISO 3166-1 alpha-3 code. */
  country(iso3: string): KbEntry | null { return this.byCountryCode.get(iso3) ?? null }

  /** A location for events: countries first, then capitals, then the most populous place of that name. */
  lookupPlace(name: string): Place | null {
    const found = this.lookupName(name)
    const places = found.filter((e) => e.type === 'PLACE')
    if (!places.length) {
      // A seat of power is also a building in its state ("talks at the White House").
      const seat = found.find((e) => e.seatOf && e.building)
      return seat ? { name: seat.name, country: seat.seatOf ?? null, lat: seat.lat ?? null, lon: seat.lon ?? null, kbId: seat.id } : null
    }
    const best = places.sort((a, b) => PLACE_RANK(b) - PLACE_RANK(a))[0]!
    return { name: best.name, country: best.country ?? null, lat: best.lat ?? null, lon: best.lon ?? null, kbId: best.id }
  }
}

export function buildKb(options: KbOptions = {}): Kb {
  const builtin = readKbDir(options.dir ?? BUILTIN_KB_DIR)
  const userFile = options.userFile === undefined ? defaultUserActorsPath() : options.userFile
  const user = userFile ? readKbFile(userFile, 'user') : { entries: [], warnings: [], files: [] }
  const extra = (options.extraEntries ?? []).map((e) => ({ ...e, layer: 'user' }))
  return new Kb(builtin.entries, [...user.entries, ...extra], [...builtin.warnings, ...user.warnings], [...builtin.files, ...user.files])
}

let cached: Kb | null = null
let warned = false

/** The process-wide knowledge base (built-ins + user layer), built on first use. */
export function loadKb(): Kb {
  if (!cached) {
    cached = buildKb()
    if (!warned && cached.warnings.length) {
      warned = true
      for (const w of cached.warnings.slice(0, 20)) process.emitWarning(`${w.code}: ${w.file} entry ${w.entry}: ${w.reason}`, { code: w.code })
    }
  }
  return cached
}

/** Forget the cached KB (after `actors import`, or in tests that change ENTENTE_ACTORS). */
export function resetKb(): void { cached = null; warned = false }

export function lookupName(surface: string): KbEntry[] { return loadKb().lookupName(surface) }
export function lookupPlace(name: string): Place | null { return loadKb().lookupPlace(name) }

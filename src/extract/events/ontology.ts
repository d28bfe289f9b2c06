import { readFileSync } from 'node:fs'

/** One CAMEO code with its Goldstein score, QuadClass and PLOVER mapping (data/cameo/codes.tsv). */
export interface CameoCode {
  code: string
  name: string
  goldstein: number
  quadClass: number
  plover: string | null
  mode: string | null
  context: string[]
}

export const CAMEO_FILE = new URL('../../../data/cameo/codes.tsv', import.meta.url)

/** Parses the tab-separated ontology table; a malformed line is an error naming its line number. */
export function parseCameoTable(tsv: string, where = 'codes.tsv'): Map<string, CameoCode> {
  const table = new Map<string, CameoCode>()
  const lines = tsv.split('\n')
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (!line.trim() || line.startsWith('#')) continue
    const [code, name, goldstein, quad, plover, mode, context] = line.split('\t')
    const g = Number(goldstein), q = Number(quad)
    if (!code || !/^\d{2,4}$/.test(code) || !name || !Number.isFinite(g) || !(q >= 1 && q <= 4)) {
      throw new Error(`events/ontology: ${where}:${i + 1}: expected code, name, goldstein, quadClass, plover, mode, context`)
    }
    table.set(code, { code, name, goldstein: g, quadClass: q, plover: plover || null, mode: mode || null, context: context ? context.split(';').filter(Boolean) : [] })
  }
  return table
}

let cached: Map<string, CameoCode> | null = null
export function loadCameo(): Map<string, CameoCode> {
  cached ??= parseCameoTable(readFileSync(CAMEO_FILE, 'utf8'))
  return cached
}

/** The code itself, else its nearest listed ancestor (0231 → 023 → 02). */
export function cameoEntry(table: Map<string, CameoCode>, code: string): CameoCode | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = table.get(c)
    if (hit) return hit
  }
  return undefined
}

import { readFileSync } from 'node:fs'
import { AmountStarts } from './gates.js'

interface UnitFile {
  version: string
  multipliers: Record<string, number>; numberWords: Record<string, number>
  currencySymbols: Record<string, string>; currencyWords: Record<string, string>
  compoundUnits: string[]; measureUnits: string[]; irregularSingular: Record<string, string>
  approx: Record<string, string>; per: Record<string, string>; months: string[]; notUnits: string[]
}

export interface AmountLexicon {
  version: string
  multipliers: Map<string, number>
  numberWords: Map<string, number>
  currencySymbols: Map<string, string>
  currencyWords: Map<string, string>
  /** first word → the multi-word units starting with it */
  compoundUnits: Map<string, string[][]>
  measureUnits: Set<string>
  irregularSingular: Map<string, string>
  /** last word → phrases ending with it (read backwards from the number) */
  approx: Map<string, { words: string[]; kind: string }[]>
  /** first word → phrases starting with it */
  per: Map<string, { words: string[]; unit: string }[]>
  months: Set<string>
  notUnits: Set<string>
  /** a pre-check derived from the number words and currency symbols (see gates.ts) */
  starts: AmountStarts
}

let cached: AmountLexicon | null = null

/** The amount lexicon (data/amounts/units.json), loaded once per process. */
export function loadAmountLexicon(): AmountLexicon {
  if (cached) return cached
  const f = JSON.parse(readFileSync(new URL('../../../data/amounts/units.json', import.meta.url), 'utf8')) as UnitFile
  const compoundUnits = new Map<string, string[][]>()
  for (const u of f.compoundUnits) { const w = u.split(' '); push(compoundUnits, w[0]!, w) }
  const approx = new Map<string, { words: string[]; kind: string }[]>()
  for (const [phrase, kind] of Object.entries(f.approx)) { const w = phrase.split(' '); push(approx, w[w.length - 1]!, { words: w, kind }) }
  const per = new Map<string, { words: string[]; unit: string }[]>()
  for (const [phrase, unit] of Object.entries(f.per)) { const w = phrase.split(' '); push(per, w[0]!, { words: w, unit }) }
  cached = {
    version: f.version,
    multipliers: new Map(Object.entries(f.multipliers)),
    numberWords: new Map(Object.entries(f.numberWords)),
    currencySymbols: new Map(Object.entries(f.currencySymbols)),
    currencyWords: new Map(Object.entries(f.currencyWords)),
    compoundUnits, approx, per,
    measureUnits: new Set(f.measureUnits),
    irregularSingular: new Map(Object.entries(f.irregularSingular)),
    months: new Set(f.months),
    notUnits: new Set(f.notUnits),
    starts: new AmountStarts(Object.keys(f.numberWords), Object.keys(f.currencySymbols)),
  }
  return cached
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

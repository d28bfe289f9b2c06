import type { Amount } from '../article/types.js'
import type { GoldAmount } from './gold-types.js'
import { scores, type Scores } from './prf.js'

export interface AmountScore { scores: Scores; missed: GoldAmount[]; spurious: { text: string; value: number; unit: string }[] }

/** Amounts match by value and unit (singular, lower case), one to one. */
export function scoreAmounts(gold: readonly GoldAmount[], system: readonly Amount[]): AmountScore {
  const used = new Set<number>()
  const missed: GoldAmount[] = []
  for (const g of gold) {
    const i = system.findIndex((a, k) => !used.has(k) && sameValue(a.value, g.value) && unitKey(a.unit) === unitKey(g.unit))
    if (i >= 0) used.add(i)
    else missed.push(g)
  }
  const spurious = system.filter((_, k) => !used.has(k)).map((a) => ({ text: a.text, value: a.value, unit: a.unit }))
  return { scores: scores({ right: used.size, wrong: spurious.length, found: used.size, missed: missed.length }), missed, spurious }
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

/** "Cubic Metres" → "cubic metre": lower case, last word singular. */
export function unitKey(unit: string): string {
  const u = unit.trim().toLowerCase().replace(/\s+/g, ' ')
  return u.replace(/(\w+)$/, (w) => singular(w))
}

function singular(w: string): string {
  if (/(ss|us|is)$/.test(w) || w.length <= 3) return w
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`
  if (/(ch|sh|x|z)es$/.test(w)) return w.slice(0, -2)
  return w.endsWith('s') ? w.slice(0, -1) : w
}

import type { Entity } from '../article/types.js'
import { foldName } from './fold.js'
import type { GoldEntity } from './gold-types.js'
import { scores, type Scores } from './prf.js'

export interface EntityScore { scores: Scores; missed: GoldEntity[]; spurious: { name: string; type: string }[] }

const TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT'])

/**
 * A system entity matches a gold entity when its canonical name or any mention equals the gold name
 * or an alias (folded, case-insensitive) and the types agree. Matches to optional gold entities are neutral.
 */
export function scoreEntities(gold: readonly GoldEntity[], system: readonly Entity[]): EntityScore {
  const goldNames = gold.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(foldName)))
  const matches = (e: Entity, gi: number) => {
    if (e.type !== gold[gi]!.type) return false
    const names = goldNames[gi]!
    return names.has(foldName(e.name)) || e.mentions.some((m) => names.has(foldName(m.text)))
  }
  const found = new Set<number>()
  let right = 0, wrong = 0
  const spurious: EntityScore['spurious'] = []
  for (const e of system) {
    if (!TYPES.has(e.type)) continue
    let isRight = false, neutral = false
    for (let gi = 0; gi < gold.length; gi++) {
      if (!matches(e, gi)) continue
      found.add(gi)
      if (gold[gi]!.optional) neutral = true
      else isRight = true
    }
    if (isRight) right++
    else if (!neutral) { wrong++; spurious.push({ name: e.name, type: e.type }) }
  }
  const missed = gold.filter((g, gi) => !g.optional && !found.has(gi))
  const required = gold.filter((g) => !g.optional).length
  return { scores: scores({ right, wrong, found: required - missed.length, missed: missed.length }), missed, spurious }
}

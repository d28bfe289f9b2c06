import type { Entity, Quote } from '../article/types.js'
import { foldName, tokens } from './fold.js'
import type { GoldEntity, GoldQuote } from './gold-types.js'
import { scores, type Scores } from './prf.js'

export interface QuoteScore { scores: Scores; missed: GoldQuote[]; spurious: { text: string; speaker: string | null }[] }
export interface QuoteScores { direct: QuoteScore; indirect: QuoteScore }

const COVERAGE = 0.8

/**
 * A system quote matches a gold quote when its text covers ≥80% of the gold text's tokens (folded)
 * and its speaker — by name, by the words naming it, or by any alias or mention of its entity —
 * is one of the gold speakers or an alias the gold gives that speaker's entity. Direct and indirect
 * quotes are scored apart.
 */
export function scoreQuotes(gold: readonly GoldQuote[], system: readonly Quote[], entities: readonly Entity[], goldEntities: readonly GoldEntity[] = []): QuoteScores {
  const byId = new Map(entities.map((e) => [e.id, e]))
  const aliases = goldAliases(goldEntities)
  return {
    direct: scorePart(gold.filter((g) => g.direct), system.filter((q) => q.direct), byId, aliases),
    indirect: scorePart(gold.filter((g) => !g.direct), system.filter((q) => !q.direct), byId, aliases),
  }
}

/** Folded name or alias of a gold entity → all its folded names. */
function goldAliases(goldEntities: readonly GoldEntity[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const g of goldEntities) {
    const names = [g.name, ...(g.aliases ?? [])].map(foldName)
    for (const n of names) map.set(n, [...(map.get(n) ?? []), ...names])
  }
  return map
}

function scorePart(gold: readonly GoldQuote[], system: readonly Quote[], entities: Map<string, Entity>, aliases: Map<string, string[]>): QuoteScore {
  const goldTokens = gold.map((g) => tokens(g.text))
  const goldSpeakers = gold.map((g) => new Set(g.speakers.flatMap((s) => [foldName(s), ...(aliases.get(foldName(s)) ?? [])])))
  const found = new Set<number>()
  let right = 0, wrong = 0
  const spurious: QuoteScore['spurious'] = []
  for (const q of system) {
    const names = speakerNames(q, entities)
    const have = countTokens(tokens(q.text))
    let isRight = false, neutral = false
    for (let gi = 0; gi < gold.length; gi++) {
      if (![...names].some((n) => goldSpeakers[gi]!.has(n))) continue
      if (coverage(goldTokens[gi]!, have) < COVERAGE) continue
      found.add(gi)
      if (gold[gi]!.optional) neutral = true
      else isRight = true
    }
    if (isRight) right++
    else if (!neutral) { wrong++; spurious.push({ text: q.text, speaker: q.speaker?.name ?? q.speaker?.mention?.text ?? null }) }
  }
  const missed = gold.filter((g, gi) => !g.optional && !found.has(gi))
  const required = gold.filter((g) => !g.optional).length
  return { scores: scores({ right, wrong, found: required - missed.length, missed: missed.length }), missed, spurious }
}

function speakerNames(q: Quote, entities: Map<string, Entity>): Set<string> {
  const out = new Set<string>()
  const sp = q.speaker
  if (!sp) return out
  if (sp.name) out.add(foldName(sp.name))
  if (sp.mention?.text) out.add(foldName(sp.mention.text))
  const e = sp.entity ? entities.get(sp.entity) : undefined
  if (e) {
    out.add(foldName(e.name))
    for (const a of e.aliases ?? []) out.add(foldName(a))
    for (const m of e.mentions) out.add(foldName(m.text))
  }
  return out
}

function countTokens(ts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1)
  return m
}

/** Share of the gold tokens (as a multiset) that the system text contains. */
function coverage(goldTokens: readonly string[], have: Map<string, number>): number {
  if (!goldTokens.length) return 1
  const left = new Map(have)
  let hit = 0
  for (const t of goldTokens) {
    const n = left.get(t) ?? 0
    if (n > 0) { hit++; left.set(t, n - 1) }
  }
  return hit / goldTokens.length
}

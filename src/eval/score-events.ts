import type { CodedEvent, EventActor } from '../article/types.js'
import type { GoldEvent } from './gold-types.js'
import { scores, type Scores } from './prf.js'

/** An event reduced for scoring: source and target actor (country, else organisation code) and PLOVER type. */
export interface Triple { source: string | null; target: string | null; type: string }

export interface EventScore {
  scores: Scores
  missed: GoldEvent[]
  spurious: Triple[]
  forbidden: { triple: Triple; why: string | null }[]
  /** Negated or hypothetical events: reported, not scored as asserted. */
  unscored: number
}

const ANY_SOURCE = '---'

/** Distinct (source, target, type) triples of the asserted events; compound actors expand to every pair. */
export function eventTriples(events: readonly CodedEvent[]): { triples: Triple[]; unscored: number } {
  const seen = new Map<string, Triple>()
  let unscored = 0
  for (const e of events) {
    if (e.modality?.negated || e.modality?.hypothetical) { unscored++; continue }
    const sources = e.source.length ? e.source.map(actorCode) : [null]
    const targets = e.target.length ? e.target.map(actorCode) : [null]
    for (const source of sources) for (const target of targets) {
      const key = `${source}|${target}|${e.type}`
      if (!seen.has(key)) seen.set(key, { source, target, type: e.type })
    }
  }
  return { triples: [...seen.values()], unscored }
}

function actorCode(a: EventActor): string {
  return a.country || a.code
}

/** `---` among the sources matches any source; an empty target list matches any target or none. */
export function tripleMatches(t: Triple, g: GoldEvent): boolean {
  if (!g.types.includes(t.type)) return false
  if (!g.sources.includes(ANY_SOURCE) && (t.source === null || !g.sources.includes(t.source))) return false
  return g.targets.length === 0 || (t.target !== null && g.targets.includes(t.target))
}

export function scoreEvents(gold: readonly GoldEvent[], system: readonly CodedEvent[], acceptable: readonly GoldEvent[] = [], forbidden: readonly GoldEvent[] = []): EventScore {
  const { triples, unscored } = eventTriples(system)
  let right = 0
  const spurious: Triple[] = []
  const hits: EventScore['forbidden'] = []
  for (const t of triples) {
    if (gold.some((g) => tripleMatches(t, g)) || acceptable.some((g) => tripleMatches(t, g))) right++
    else spurious.push(t)
    for (const f of forbidden) if (tripleMatches(t, f)) hits.push({ triple: t, why: f.why ?? null })
  }
  const missed = gold.filter((g) => !triples.some((t) => tripleMatches(t, g)))
  return { scores: scores({ right, wrong: spurious.length, found: gold.length - missed.length, missed: missed.length }), missed, spurious, forbidden: hits, unscored }
}

export function tripleText(t: Triple): string {
  return `${t.source ?? '?'} → ${t.target ?? '—'} ${t.type}`
}

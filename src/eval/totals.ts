import { addCounts, scores, ZERO, type Counts, type Scores } from './prf.js'
import type { EvalResult } from './run-eval.js'

export interface EvalTotals {
  golds: number
  metadata: { right: number; scored: number }
  entities: Scores; quotesDirect: Scores; quotesIndirect: Scores; events: Scores; amounts: Scores
  /** The sections some gold file stated (the others are all zeros and say nothing). */
  sections: ('metadata' | 'entities' | 'quotes' | 'events' | 'amounts')[]
}

/** Sums the counts of every gold file (micro-averaged scores). */
export function totals(results: readonly EvalResult[]): EvalTotals {
  const meta = { right: 0, scored: 0 }
  let entities: Counts = ZERO, direct: Counts = ZERO, indirect: Counts = ZERO, events: Counts = ZERO, amounts: Counts = ZERO
  const sections = new Set<EvalTotals['sections'][number]>()
  for (const r of results) {
    if (r.kind === 'sentences') { events = addCounts(events, r.events.scores); sections.add('events'); continue }
    for (const s of ['metadata', 'entities', 'quotes', 'events', 'amounts'] as const) if (r[s]) sections.add(s)
    if (r.metadata) { meta.right += r.metadata.right; meta.scored += r.metadata.scored }
    if (r.entities) entities = addCounts(entities, r.entities.scores)
    if (r.quotes) { direct = addCounts(direct, r.quotes.direct.scores); indirect = addCounts(indirect, r.quotes.indirect.scores) }
    if (r.events) events = addCounts(events, r.events.scores)
    if (r.amounts) amounts = addCounts(amounts, r.amounts.scores)
  }
  return { golds: results.length, metadata: meta, entities: scores(entities), quotesDirect: scores(direct), quotesIndirect: scores(indirect), events: scores(events), amounts: scores(amounts), sections: [...sections] }
}

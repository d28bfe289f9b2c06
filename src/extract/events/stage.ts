import { addMessage, type Amount, type CodedEvent } from '../../article/index.js'
import { lookupPlace } from '../../kb/index.js'
import { defineStage } from '../../pipeline/define-stage.js'
import { detectEvents, type DetectResources, type Uncoded } from './detect.js'
import { fieldEvents } from './headline.js'
import { mergeEvents } from './merge.js'
import { loadCameo } from './ontology.js'
import { loadRules } from './rules.js'

export interface EventsOutput { events: CodedEvent[]; uncoded: Uncoded[] }

function resources(): DetectResources {
  return { rules: loadRules(), cameo: loadCameo(), lookupPlace: safeLookup }
}

// A gazetteer failure must not lose the events: the place is then named without coordinates.
function safeLookup(name: string) {
  try { return lookupPlace(name) } catch { return null }
}

export const eventsStage = defineStage<EventsOutput>({
  name: 'events',
  version: '1',
  description: 'Who did what to whom: PLOVER + CAMEO events with actors, modality, date, place, evidence and rule id (data/events, data/cameo).',
  requires: ['text', 'spans.sentences', 'spans.tokens', 'spans.entities', 'spans.quotes', 'spans.amounts'],
  provides: ['spans.events'],
  // Compile the rules when the pipeline is built (configure once, run many); a broken rule file is
  // reported by each article's stage run instead, as an events/rule-file error message.
  init() {
    try { resources() } catch { /* reported per article by compute */ }
  },
  compute(article, ctx) {
    let res = ctx.resources.get('events') as DetectResources | undefined
    if (!res) { res = resources(); ctx.resources.set('events', res) }
    const found = detectEvents(article, res)
    // Body events first: a triple the body states keeps its body evidence; the headline adds a mention only.
    return { events: mergeEvents([...found.events, ...fieldEvents(article, res)]), uncoded: found.uncoded }
  },
  apply(article, out) {
    article.spans.events = out.events
    attachAmounts(out.events, article.spans.amounts)
    for (const n of out.uncoded) {
      const reason = n.why === 'no-source' ? 'no acting party is named' : 'nobody it is aimed at is named'
      addMessage(article, `events/${n.why}`, `rule ${n.rule} matched but ${reason}; no event coded`, { severity: 'info', place: n.place, stage: 'events' })
    }
  },
})

/** Each amount belongs to the event whose evidence (or one of its mentions) contains it. */
export function attachAmounts(events: CodedEvent[], amounts: Amount[] | undefined): void {
  if (!amounts?.length) return
  amounts.forEach((amount, index) => {
    const event = events.find((e) => (e.mentions ?? [e.evidence]).some((m) => m.start <= amount.start && amount.end <= m.end))
    if (!event) return
    amount.event = event.id
    ;(event.amounts ??= []).push(index)
  })
}

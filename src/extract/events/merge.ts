import type { Mention } from '../../article/index.js'
import { actorKey } from './mentions.js'
import type { DetectedEvent } from './detect.js'

function key(e: DetectedEvent): string {
  const side = (list: DetectedEvent['source']) => list.map(actorKey).sort().join('+')
  return `${e.type}|${side(e.source)}|${side(e.target)}|${e.modality.negated ? 'neg' : ''}|${e.modality.hypothetical ? 'hyp' : ''}`
}

/**
 * One event per (source, target, type, negated, hypothetical) in an article, with every sentence
 * that states it in `mentions` (GDELT's NumMentions). The first statement is the evidence; a
 * more specific CAMEO code found later replaces a vaguer one.
 */
export function mergeEvents(events: DetectedEvent[]): DetectedEvent[] {
  const byKey = new Map<string, DetectedEvent>()
  for (const e of events) {
    const k = key(e)
    const prev = byKey.get(k)
    const mention: Mention = { ...e.evidence }
    if (!prev) { byKey.set(k, { ...e, mentions: [mention] }); continue }
    if (!prev.mentions!.some((m) => m.start === mention.start && m.end === mention.end)) prev.mentions!.push(mention)
    if (e.cameo.length > prev.cameo.length) {
      Object.assign(prev, { cameo: e.cameo, mode: e.mode, context: e.context, quadClass: e.quadClass, goldstein: e.goldstein })
    }
  }
  return [...byKey.values()].map((e, i) => ({ ...e, id: `ev${i + 1}` }))
}

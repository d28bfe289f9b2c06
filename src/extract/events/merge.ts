import { actorKey } from './mentions.js'
import type { DetectedEvent } from './detect.js'

function sideKey(list: DetectedEvent['source']): string {
  if (list.length === 1) return actorKey(list[0]!)
  const keys: string[] = []
  for (const a of list) keys.push(actorKey(a))
  return keys.sort().join('+')
}

function key(e: DetectedEvent): string {
  return `${e.type}|${sideKey(e.source)}|${sideKey(e.target)}|${e.modality.negated ? 'neg' : ''}|${e.modality.hypothetical ? 'hyp' : ''}`
}

/**
 * One event per (source, target, type, negated, hypothetical) in an article, with every sentence
 * that states it in `mentions` (GDELT's NumMentions). The first statement is the evidence; a
 * more specific CAMEO code found later replaces a vaguer one. Events are merged in place.
 */
export function mergeEvents(events: DetectedEvent[]): DetectedEvent[] {
  const byKey = new Map<string, DetectedEvent>()
  const out: DetectedEvent[] = []
  for (const e of events) {
    const k = key(e)
    const prev = byKey.get(k)
    const mention = { start: e.evidence.start, end: e.evidence.end, text: e.evidence.text }
    if (!prev) {
      e.mentions = mention.end > mention.start ? [mention] : []
      e.id = `ev${out.length + 1}`
      byKey.set(k, e)
      out.push(e)
      continue
    }
    if (mention.end > mention.start && !prev.mentions!.some((m) => m.start === mention.start && m.end === mention.end)) prev.mentions!.push(mention)
    if (e.cameo.length > prev.cameo.length) {
      prev.cameo = e.cameo; prev.mode = e.mode; prev.context = e.context; prev.quadClass = e.quadClass; prev.goldstein = e.goldstein
    }
  }
  return out
}

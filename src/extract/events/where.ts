import type { EventLocation } from '../../article/index.js'
import type { ActorMention } from './mentions.js'

export interface PlaceHit { name: string; country: string | null; lat: number | null; lon: number | null }
/** The knowledge base's gazetteer (src/kb `lookupPlace`); null when it is not available. */
export type PlaceLookup = ((name: string) => PlaceHit | null) | null

export interface PlaceResult { location: EventLocation | null; via: string }

/**
 * The event's place: the mention after "in/at/near" closest to the trigger in its sentence
 * ("met in Beijing"), with country and coordinates from the gazetteer when it knows the name.
 */
export function resolvePlace(mentions: ActorMention[], fromIdx: number, sentFirst: number, sentEnd: number, trigger: number, lookup: PlaceLookup): PlaceResult {
  let best: ActorMention | null = null
  let bestDist = Infinity
  for (let k = fromIdx; k < mentions.length; k++) {
    const m = mentions[k]!
    if (m.first >= sentEnd) break
    if (m.first < sentFirst || !m.locative) continue
    const dist = m.first > trigger ? m.first - trigger : (trigger - m.last) * 2 // places after the verb are the usual
    if (dist < bestDist) { best = m; bestDist = dist }
  }
  if (!best) return { location: null, via: 'no place named in the sentence' }
  const name = best.entity?.name ?? best.text
  const hit = lookup?.(name) ?? lookup?.(best.text) ?? null
  const country = hit?.country ?? best.actors[0]?.country ?? null
  return {
    location: { name, country, lat: hit?.lat ?? null, lon: hit?.lon ?? null },
    via: `"${best.text}" after a preposition of place${hit ? ' (gazetteer entry)' : ' (not in the gazetteer)'}`,
  }
}

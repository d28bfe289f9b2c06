import type { Article, Entity, Mention } from '../../article/index.js'
import { tokenize } from '../../segment/index.js'
import { entityMention, withMentions } from '../entities/mention.js'
import { detectEvents, type DetectedEvent, type DetectResources } from './detect.js'

type Field = 'headline' | 'standfirst'

/** Where an event stated only in the headline or standfirst was found (offsets into that field). */
export interface FieldEvidence { field: Field; start: number; end: number; text: string }

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127
}

/**
 * The body's entity mentions found again in a headline ("Xi backs Putin's opposition to Nato
 * expansion"): each surface the entity layer resolved in the body, matched as a whole word.
 */
export function entitiesIn(field: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = []
  for (const e of entities) {
    // Most of an article's names are not in its headline: nothing is allocated for an entity until one is found.
    let searched: Set<string> | null = null
    let mentions: Mention[] | null = null
    for (const m of e.mentions) {
      const surface = m.text
      if (surface.length <= 1) continue
      let at = field.indexOf(surface)
      if (at < 0 || searched?.has(surface)) continue
      (searched ??= new Set()).add(surface)
      for (; at >= 0; at = field.indexOf(surface, at + 1)) {
        const end = at + surface.length
        if ((at > 0 && isWordChar(field.charCodeAt(at - 1))) || (end < field.length && isWordChar(field.charCodeAt(end)) && field[end] !== '’' && field[end] !== "'")) continue
        if (mentions?.some((x) => at < x.end && x.start < end)) continue
        // Made as the entity layer makes its mentions, so that they share one object shape with the body's.
        const found = entityMention(at, end, surface, m.kind, undefined, undefined)
        found.actor = m.actor
        ;(mentions ??= []).push(found)
      }
    }
    if (mentions) out.push(withMentions(e, mentions.sort((a, b) => a.start - b.start)))
  }
  return out
}

/**
 * Events stated in the headline and standfirst, which are not part of `text`: coded with the same
 * rules against the body's entities; their evidence points at the field (`evidenceIn`) and the
 * record's text span is empty.
 */
export function fieldEvents(article: Article, res: DetectResources): DetectedEvent[] {
  const out: DetectedEvent[] = []
  const entities = article.spans.entities ?? []
  if (!entities.length) return out
  for (const field of ['headline', 'standfirst'] as Field[]) {
    const value = article.meta[field]
    if (!value || value.length > 400) continue
    const sub: Article = {
      ...article, text: value, messages: [],
      spans: { tokens: tokenize(value), sentences: [{ start: 0, end: value.length, paragraph: 0 }], entities: entitiesIn(value, entities) },
    }
    for (const e of detectEvents(sub, res).events) {
      e.evidenceIn = { field, start: e.evidence.start, end: e.evidence.end, text: e.evidence.text }
      e.evidence = { start: 0, end: 0, text: '' }
      e.sentence = undefined
      out.push(e)
    }
  }
  return out
}

import { createArticle, type Article, type Entity } from '../../article/index.js'
import { TextBuilder } from '../../clean/build-text.js'
import { splitSentences } from '../../segment/sentences.js'
import { tokenize } from '../../segment/tokens.js'
import { detectEvents, type DetectedEvent } from './detect.js'
import { mergeEvents } from './merge.js'
import { loadCameo } from './ontology.js'
import { loadRules } from './rules.js'

const NON_STATE = new Set(['NATO', 'UN', 'EU', 'WST', 'IGO', 'NGO', 'ALQAEDA', 'ICRC', 'APEC', 'IAEA'])

/**
 * A hand-built article (spaCy style): invented text plus the entity layer the events stage reads.
 * `actors` maps each surface to an actor code ("RUSGOV", "NATO"); a `@` prefix marks a place
 * without an actor ("@Geneva").
 */
export function articleOf(paragraphs: string[], actors: Record<string, string>, published: string | null = '2024-03-15'): Article {
  const b = new TextBuilder()
  for (const p of paragraphs) b.add(p)
  const text = b.toString()
  const article = createArticle({ source: 'fixture', content: text, format: 'text' })
  article.text = text
  article.meta.published = { iso: published }
  article.spans.paragraphs = b.paragraphs
  article.spans.sentences = splitSentences(text, b.paragraphs)
  article.spans.tokens = tokenize(text)
  const entities: Entity[] = []
  Object.entries(actors).forEach(([surface, code], i) => {
    const place = code.startsWith('@')
    const mentions: Entity['mentions'] = []
    const re = new RegExp(`(?<![\\p{L}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')
    for (const m of text.matchAll(re)) mentions.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'name' })
    const country = place ? null : NON_STATE.has(code) ? null : code.slice(0, 3)
    entities.push({
      id: `e${i + 1}`, name: surface, type: place ? 'PLACE' : 'ORG', mentions,
      actor: place ? null : { code, country, sector: code.length > 3 && !NON_STATE.has(code) ? code.slice(3) : null, role: null },
    })
  })
  article.spans.entities = entities
  return article
}

export function eventsOf(text: string, actors: Record<string, string>, published: string | null = '2024-03-15'): DetectedEvent[] {
  const article = articleOf([text], actors, published)
  return mergeEvents(detectEvents(article, { rules: loadRules(), cameo: loadCameo(), lookupPlace: null }).events)
}

/** "RUS>UKR:ASSAULT" per source × target pair, with modality flags appended (!neg, ?hyp, +fut, ~rep). */
export function triples(events: DetectedEvent[]): string[] {
  const out = new Set<string>()
  for (const e of events) {
    const flags = `${e.modality.negated ? '!neg' : ''}${e.modality.hypothetical ? '?hyp' : ''}${e.modality.future ? '+fut' : ''}${e.modality.reported ? '~rep' : ''}`
    const key = (a: DetectedEvent['source'][number]) => a.country ?? a.code
    const targets = e.target.length ? e.target.map(key) : ['']
    for (const s of e.source) for (const t of targets) out.add(`${key(s)}>${t}:${e.type}${flags}`)
  }
  return [...out].sort()
}

import type { Entity, Quote } from '../../article/index.js'
import { TextBuilder } from '../../clean/build-text.js'
import { splitSentences } from '../../segment/sentences.js'
import { tokenize } from '../../segment/tokens.js'
import { extractQuotes, type QuoteNote } from './extract.js'
import type { QuoteFilter } from './filter.js'
import { loadQuoteLexicon } from './lexicon.js'

/** Runs quote extraction on paragraphs of invented text, with hand-built entities (name → type). */
export function quotesOf(paragraphs: string[], entities: Record<string, Entity['type']> = {}, filter: QuoteFilter | null = null): { text: string; quotes: Quote[]; notes: QuoteNote[] } {
  const b = new TextBuilder()
  for (const p of paragraphs) b.add(p)
  const text = b.toString()
  const ents: Entity[] = Object.entries(entities).map(([name, type], i) => {
    const surname = name.split(' ').at(-1)!
    const mentions: Entity['mentions'] = []
    const re = new RegExp(`\\b(${escape(name)}|${escape(surname)})\\b`, 'g')
    for (const m of text.matchAll(re)) {
      if (mentions.some((x) => m.index! >= x.start && m.index! < x.end)) continue
      mentions.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: m[0] === name ? 'name' : 'alias' })
    }
    return { id: `e${i + 1}`, name, type, mentions }
  })
  const notes: QuoteNote[] = []
  const quotes = extractQuotes({ text, paragraphs: b.paragraphs, sentences: splitSentences(text, b.paragraphs), tokens: tokenize(text), entities: ents }, loadQuoteLexicon(), notes, filter)
  return { text, quotes, notes }
}

function escape(s: string): string { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') }

/** A compact view for assertions: [direct?, text, speaker names]. */
export function brief(quotes: Quote[]): [boolean, string, string[]][] {
  return quotes.map((q) => [q.direct, q.text, (q.speakers ?? (q.speaker ? [q.speaker] : [])).map((s) => s.name ?? `?${s.mention?.text ?? ''}`)])
}

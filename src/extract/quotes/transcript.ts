import type { Entity, Range } from '../../article/index.js'
import { claimSpans, type QuoteContext } from './context.js'
import { subjectBefore, type Phrase } from './phrase.js'
import { clauseRange } from './reported.js'
import type { TokenView } from './token-view.js'

// Words that open a paragraph with a colon without naming a speaker.
const LABELS = new Set(['update', 'updated', 'note', 'editor', 'editors', 'photo', 'photos', 'video', 'watch', 'read', 'breaking', 'correction', 'clarification', 'source', 'sources', 'related', 'advertisement', 'disclaimer', 'q', 'a'])

/**
 * "PENCE: Well, look …" (a transcript line, direct) and "Lavrov: talks will go on" (a person or
 * organisation and a colon opening a paragraph, reported). A dateline ("NEW DELHI:") or a label
 * ("UPDATE:") is no speaker, and a transcript names its speakers on several lines.
 */
export function findNameColons(ctx: QuoteContext, entities: readonly Entity[]): void {
  const { v, lex, paragraphs, inQuote, found } = ctx
  // Most articles have no paragraph opening with "Name:"; index the entities only when one does.
  const candidates = paragraphs.filter((p) => hasColonNear(v.text, p.start, Math.min(p.end, p.start + 60)))
  if (!candidates.length) return
  // Entity starts are indexed only when a paragraph really opens with a few words and a colon.
  let index: EntityStarts | null = null
  const starts = (): EntityStarts => (index ??= indexEntityStarts(entities))
  // `stray`: null for a line with no stray mark, else the mark's quote span (-1 when the mark opened none).
  const colons: { a: number; b: number; colon: number; transcript: boolean; stray: number | null }[] = []
  for (const para of candidates) {
    let a = v.at(para.start)
    const b = v.at(para.end)
    // `"WALLACE: …`: a transcript line opened by a stray straight mark (the page lost the closing ones) — the mark's span is no quote.
    const strayMark = a + 2 < b && v.is(a, '"') && isAllCaps(v, a + 1, a + 2)
    const stray = strayMark ? inQuote[a]! : -1
    if (strayMark) a++
    // A headline "Poll: Senator leads in Ohio" / "Union chief: strike will go on" attributes its claim to the words before the colon.
    const headline = para === paragraphs[0] && !LABELS.has(v.lower(a))
    const colon = nameColon(v, a, b, () => starts().named, headline)
    if (colon < 0 || (inQuote[colon]! >= 0 && inQuote[colon] !== stray)) continue
    const transcript = isAllCaps(v, a, colon)
    if (transcript && (starts().places.has(v.start(a)) || LABELS.has(v.lower(a)))) continue
    if (strayMark && !transcript) continue
    colons.push({ a, b, colon, transcript, stray: strayMark ? stray : null })
  }
  const transcriptLines = colons.filter((c) => c.transcript).length
  for (const { a, b, colon, transcript, stray } of colons) {
    if (transcript && transcriptLines < 2) continue
    const content = clauseRange(v, colon + 1, b, lex)
    if (!content) continue
    const phrase: Phrase = { start: a, end: colon, parts: [{ start: a, end: colon }] }
    const order = v.start(colon)
    if (stray !== null) {
      if (stray >= 0) ctx.spanFound[stray] = found.length
      found.push({ start: content.start, end: content.end, direct: true, cue: colon, phrase, follows: -1, rule: 'direct.transcript', clause: null, order })
      continue
    }
    if (claimSpans(ctx, content, (span) => ({ start: span.start, end: span.end, direct: true, cue: colon, phrase, follows: -1, rule: 'direct.name-colon', clause: content, order }))) continue
    if (overlapsFound(ctx, content)) continue
    found.push({ start: content.start, end: content.end, direct: transcript, cue: colon, phrase, follows: -1, rule: transcript ? 'direct.transcript' : 'reported.name-colon', clause: null, order })
  }
}

interface EntityStarts { named: Map<number, Entity>; places: Set<number> }

function indexEntityStarts(entities: readonly Entity[]): EntityStarts {
  const named = new Map<number, Entity>(), places = new Set<number>()
  for (const e of entities) for (const m of e.mentions) if (e.type === 'PERSON' || e.type === 'ORG') named.set(m.start, e); else if (e.type === 'PLACE') places.add(m.start)
  return { named, places }
}

function hasColonNear(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 58) return true
  return false
}

function overlapsFound(ctx: QuoteContext, r: Range): boolean { return ctx.found.some((f) => f.start < r.end && r.start < f.end) }

/** The colon after a speaker opening a paragraph: an all-capitals name ("PENCE:"), a person/organisation mention ("Lavrov:"), or up to four words opening a headline. */
function nameColon(v: TokenView, a: number, b: number, entityStarts: () => Map<number, Entity>, headline: boolean): number {
  for (let k = a + 1; k < b && k <= a + 4; k++) {
    if (!v.is(k, ':')) { if (!v.isCapital(k) && !v.isWord(k)) return -1; continue }
    if (isAllCaps(v, a, k) && v.end(k - 1) - v.start(a) >= 3) return k
    if (headline && v.isCapital(a) && !isAllCaps(v, a, k)) return k
    const e = entityStarts().get(v.start(a))
    return e && e.mentions.some((m) => m.start === v.start(a) && m.end === v.end(k - 1)) ? k : -1
  }
  return -1
}

function isAllCaps(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) { const r = v.raw(k); if (r !== r.toUpperCase() || !v.isWord(k)) return false }
  return e > s
}

/**
 * `The governor added:` ¶ `It’s typical of her. …`: a paragraph ending in a speech verb and a colon introduces the next
 * paragraph as the speaker's words when that paragraph opens with no quotation mark (a block quote, or marks the page lost).
 */
export function findColonBlocks(ctx: QuoteContext): void {
  const { v, lex, paragraphs, inQuote, found } = ctx
  for (let p = 1; p < paragraphs.length; p++) {
    const prevEnd = v.at(paragraphs[p - 1]!.end) - 1
    if (prevEnd < 1 || !v.is(prevEnd, ':') || inQuote[prevEnd]! >= 0) continue
    const cue = prevEnd - 1
    if (lex.cues.get(v.lower(cue))?.class !== 'speech' || !v.isLowerAscii(cue)) continue
    const a = v.at(paragraphs[p]!.start), b = v.at(paragraphs[p]!.end)
    if (a >= b || inQuote[a]! >= 0 || overlapsFound(ctx, paragraphs[p]!)) continue
    const phrase = subjectBefore(v, lex, v.at(paragraphs[p - 1]!.start), cue)
    const content = phrase && clauseRange(v, a, b, lex)
    if (content) found.push({ start: content.start, end: content.end, direct: true, cue, phrase, follows: -1, rule: 'direct.colon-block', clause: null, order: v.start(cue) })
  }
}

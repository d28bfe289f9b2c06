import type { Range } from '../../article/index.js'
import { paragraphOf, type Found, type QuoteContext } from './context.js'
import type { QuoteSpan } from './marks.js'
import { dashEndingAt, dashStartingAt, type Phrase } from './phrase.js'
import type { TokenView } from './token-view.js'

// A signature names its author in a few capitalised words (titles included: "Former Deputy Minister Ana Ruiz III").
const MAX_NAME_TOKENS = 8
// What may follow the name: ", a retired teacher from Tromsø", "(@handle) July 5, 2016".
const MAX_TAIL_TOKENS = 14

/**
 * `“…” ― Mara Olsen`, `“…” — Tomas Berg, retired teacher`, `"…" -- Ida Lund (@idalund) May 2, 2019`: a quoted
 * passage signed by a dash line (reader comments, testimonials, epigraphs, embedded posts). The signature must
 * end its paragraph or run into the next quote, so a dash aside in prose (`the "plan" — Lind's own — …`) is none.
 */
export function signedQuote(ctx: QuoteContext, span: QuoteSpan): Found | null {
  const { v, paragraphs } = ctx
  if (span.close < 0) return null
  let r = v.at(span.close + 1)
  const pEnd = v.at(paragraphs[paragraphOf(paragraphs, span.close)]!.end)
  const dash = dashStartingAt(v, r, pEnd)
  if (!dash) return null
  const name = signatureEnd(ctx, r + dash, pEnd)
  if (!name) return null
  return { start: span.start, end: span.end, direct: true, cue: r, phrase: name, follows: -1, rule: 'direct.dash-signature', clause: null, order: span.start }
}

/**
 * `Words of a post — Ana Ruiz (@anaruiz) July 5, 2016`: an embedded social-media post copied as text, with no quotation
 * marks; the handle in parentheses marks the signature. The post is the paragraph's text before the dash (after a
 * markup tag that opens it, when the page kept one).
 */
export function findSignedPosts(ctx: QuoteContext): void {
  const { v, paragraphs, inQuote, found } = ctx
  // Most articles hold no "(@": one character scan finds the few that do before any token work.
  for (let at = v.text.indexOf('(@'); at >= 0; at = v.text.indexOf('(@', at + 2)) {
    const p = paragraphs[paragraphOf(paragraphs, at)]!
    const a = v.at(p.start), pEnd = v.at(p.end)
    const open = v.at(at)
    let nameStart = open
    while (nameStart - 1 > a && v.isCapital(nameStart - 1) && open - nameStart < MAX_NAME_TOKENS) nameStart--
    const dash = nameStart - 1
    const dashTokens = dashEndingAt(v, dash)
    if (nameStart === open || !dashTokens || inQuote[dash]! >= 0) continue
    const dashStart = dash - dashTokens + 1 > a ? dash - dashTokens + 1 : dash
    const phrase = signatureEnd(ctx, nameStart, pEnd)
    if (!phrase) continue
    const content = postBefore(v, a, dashStart)
    if (!content || found.some((f) => f.start < content.end && content.start < f.end) || inQuote[v.at(content.start)]! >= 0) continue
    found.push({ start: content.start, end: content.end, direct: true, cue: dashStart, phrase, follows: -1, rule: 'direct.post-signature', clause: null, order: content.start })
  }
}

/** The name after a signature dash, when the signature ends its paragraph or meets the next quote; else null. */
function signatureEnd(ctx: QuoteContext, a: number, pEnd: number): Phrase | null {
  const { v, inQuote } = ctx
  let k = a
  while (k < pEnd && k - a < MAX_NAME_TOKENS && v.isCapital(k) && inQuote[k]! < 0) k++
  if (k === a) return null
  const name: Phrase = { start: a, end: k, parts: [{ start: a, end: k }] }
  // The tail: a title after a comma, a handle in parentheses, a date — no sentence ends inside it.
  let e = k
  const tailStart = e
  if (e < pEnd && (v.is(e, ',') || v.is(e, '('))) {
    while (e < pEnd && inQuote[e]! < 0 && !v.isOneOf(e, '.!?;:') && e - tailStart < MAX_TAIL_TOKENS) e++
  }
  if (e < pEnd && v.is(e, '.') && e + 1 === pEnd) e++ // "— Bret Baier."
  return e === pEnd || inQuote[e]! >= 0 ? name : null
}

/** The post's words before its signature dash: from the paragraph's start, or after a tag ending in '>'. */
function postBefore(v: TokenView, a: number, dash: number): Range | null {
  let s = a
  for (let k = dash - 1; k >= a; k--) if (v.is(k, '>')) { s = k + 1; break }
  let e = dash
  // A link at the end (`pic.twitter.com/AbC`, written as several tokens with no space between) is no part of the post.
  let k = e - 1
  while (k > s && v.start(k) === v.end(k - 1)) k--
  if (k >= s && /^(pic\.|https?$)/.test(v.lower(k))) e = k
  while (e > s && !v.isWord(e - 1) && !v.isOneOf(e - 1, '.!?')) e--
  if (e - s < 3) return null
  return { start: v.start(s), end: v.end(e - 1) }
}

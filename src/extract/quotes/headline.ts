import type { Range } from '../../article/index.js'
import { spansOverlapping, type QuoteContext } from './context.js'
import { clauseRange } from './reported.js'

// Words between a headline's speaker and its cue ("Trump Just Announced …", "Sanders Now Says …").
const HEADLINE_SKIP = new Set(['just', 'now', 'also', 'still', 'finally', 'reportedly', 'again', 'fully', 'openly', 'quietly', 'publicly', 'will', 'to', 'not', "won't", 'does', "doesn't", 'did', "didn't", 'has', 'have'])
// Words that may sit inside a headline's speaker phrase besides capitalised ones ("Leaders of Conservative Movement").
const SPEAKER_JOINERS = new Set(['of', 'and', '&', 'the'])
// Cue forms that head noun phrases in headlines more often than they are verbs ("Claims He …", "Calls Grow …").
const HEADLINE_NOUNS = new Set(['claims', 'claim', 'report', 'reports', 'calls', 'call', 'attacks', 'support', 'questions', 'warning', 'plans', 'plan', 'hopes', 'fears', 'pledge', 'promise', 'vows', 'threats', 'statement', 'comments', 'remarks', 'answers', 'praise', 'criticism', 'demands'])
const OBJECT_ENDS = new Set(['when', 'while', 'after', 'before', 'because', 'as', 'and', 'but', 'amid', 'though', 'although', 'since', 'if'])
const VERB_PARTICLES = new Set(['for', 'that', 'on', 'to'])
// Separators that end a headline's content ("Trump Says He Will Win – Report").
const ENDS = '–—-|:'
const MIN_LONG_WORDS = 3
const TITLE_SHARE = 0.6
const MAX_SPEAKER_TOKENS = 7

/**
 * A title-case headline opening the article ("Trump Says He Is Unlikely To Meet Cameron", "Morton Blackwell
 * Endorses Ted Cruz"): the capitalised words before a capitalised cue are the speaker, the words after it the
 * content. Only when nothing else in that paragraph was attributed.
 */
export function findHeadline(ctx: QuoteContext, sentences: readonly Range[]): void {
  const { v, lex, paragraphs, found } = ctx
  const p = paragraphs[0]
  if (!p || found.some((f) => f.start < p.end && f.end > p.start)) return
  for (const sentence of sentences) {
    if (sentence.start >= p.end) break
    const a = v.at(sentence.start), b = v.at(sentence.end)
    if (!isTitleCase(ctx, a, b)) continue
    for (let t = a + 1; t < b; t++) {
      // The tokenizer keeps a closing period on a capitalised last word ("… Graham Says.").
      const raw = v.lower(t)
      const w = t === b - 1 && raw.length > 2 && raw.endsWith('.') ? raw.slice(0, -1) : raw
      const cue = lex.cues.get(w)
      // "Calls for …" is a verb; "Claims He …" a noun.
      const noun = HEADLINE_NOUNS.has(w) && !(t + 1 < b && VERB_PARTICLES.has(v.lower(t + 1)))
      if (!v.isCapital(t) || !cue || noun || !(cue.class === 'speech' || (cue.class === 'evaluative' && cue.object))) continue
      // "FDIC Accused Of …", "Obama Worried About …": a participle before a preposition is passive or an adjective.
      if (w.endsWith('ed') && t + 1 < b && lex.stopWords.has(v.lower(t + 1)) && v.lower(t + 1) !== 'that') break
      // "Clean Energy Could Win, Lindsey Graham Says.": a speaker and cue closing the headline after a comma.
      const inverted = closingSpeaker(ctx, a, b, t)
      if (inverted) {
        const content = clauseRange(v, a, inverted.start - 1, lex, 1)
        if (content && !spansOverlapping(ctx.spans, content).length) found.push({ start: content.start, end: content.end, direct: false, cue: t, phrase: { start: inverted.start, end: inverted.end, parts: [inverted] }, follows: -1, rule: 'reported.headline', clause: null, order: v.start(t) })
        break
      }
      const speaker = speakerBefore(ctx, a, t)
      if (!speaker) break
      let s = t + 1
      if (s < b && (v.lower(s) === 'that' || (cue.class === 'evaluative' && ['for', 'on', 'about', 'to', 'against', 'at'].includes(v.lower(s))))) s++
      let e = s
      // A stance's object ends at a comma or a clause joined to it ("Backs Trump And Denounces Clinton", "… When He Became …").
      const object = cue.class === 'evaluative'
      while (e < b && !(v.isOneOf(e, ENDS) && e > s) && !(object && e > s && (v.is(e, ',') || OBJECT_ENDS.has(v.lower(e))))) e++
      const content = clauseRange(v, s, e, lex, 1)
      if (!content || spansOverlapping(ctx.spans, content).length) break
      found.push({ start: content.start, end: content.end, direct: false, cue: t, phrase: { start: speaker.start, end: speaker.end, parts: [speaker] }, follows: -1, rule: 'reported.headline', clause: null, order: v.start(t) })
      break
    }
  }
}

/** The capitalised phrase between a comma and a cue that ends the headline ("…, Former White House Doctor Says."), or null. */
function closingSpeaker(ctx: QuoteContext, a: number, b: number, t: number): { start: number; end: number } | null {
  const { v } = ctx
  if (!(t + 1 >= b || (t + 2 >= b && v.isOneOf(t + 1, '.!')))) return null
  let c = t - 1
  while (c > a && t - c <= MAX_SPEAKER_TOKENS && !v.is(c, ',') && (v.isCapital(c) || SPEAKER_JOINERS.has(v.lower(c)))) c--
  return c > a && c < t - 1 && v.is(c, ',') ? { start: c + 1, end: t } : null
}

/** Most longer words capitalised: a headline in title case. */
function isTitleCase(ctx: QuoteContext, a: number, b: number): boolean {
  const { v } = ctx
  let long = 0, capital = 0
  for (let k = a; k < b; k++) {
    if (!v.isWord(k) || v.end(k) - v.start(k) < 4) continue
    long++
    if (v.isCapital(k)) capital++
  }
  return long >= MIN_LONG_WORDS && capital >= TITLE_SHARE * long
}

/** The capitalised phrase that opens the headline (or follows its colon or dash) and ends before the cue. */
function speakerBefore(ctx: QuoteContext, a: number, t: number): { start: number; end: number } | null {
  const { v, lex } = ctx
  let j = t - 1
  while (j > a && HEADLINE_SKIP.has(v.lower(j))) j--
  let s = j
  while (s > a && !v.isOneOf(s - 1, ENDS)) s--
  if (j < s || j - s + 1 > MAX_SPEAKER_TOKENS) return null
  for (let k = s; k <= j; k++) {
    const w = v.lower(k)
    if (v.isCapital(k) || /^\d/.test(w) || SPEAKER_JOINERS.has(w) || v.isOneOf(k, "'’-")) continue
    return null
  }
  // A speaker phrase is a name or a description, not a stop word or pronoun alone ("It Seems …", "Why …").
  if (s === j && (lex.stopWords.has(v.lower(s)) || (lex.pronouns.has(v.lower(s)) && v.lower(s) !== 'he' && v.lower(s) !== 'she'))) return null
  return { start: s, end: j + 1 }
}

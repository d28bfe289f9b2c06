import type { Paragraph, Range } from '../../article/index.js'
import { isCloseMark, isTitleQuote, paragraphOf, wordCount, type Found, type QuoteContext } from './context.js'
import type { QuoteLexicon } from './lexicon.js'
import type { QuoteSpan } from './marks.js'
import { isPossessive, isTimePhraseAt, phraseAfter, subjectBefore, type Phrase } from './phrase.js'
import { coordinatedSubject, isCircumstance, isIssuedMessage, isNounUse, OBJECT_ENDS, participleSubject, seenAs } from './reported.js'
import { signedQuote } from './signature.js'
import type { TokenView } from './token-view.js'

const MIN_UNATTRIBUTED_WORDS = 8
const RIGHT_WINDOW = 30
// How far after a quote its speaker's cue may come (24 was tried: dev −2, train −4).
const MAX_SPEAKER_TOKENS_AFTER = 15

/**
 * Quoted spans that reported speech did not cover: a cue after the quote, a cue before it in its
 * sentence, the previous quote's speaker for a quote that opens a sentence, or no speaker for a
 * whole quoted sentence. Scare quotes (short, no cue, no speaker in reach) are dropped.
 */
export function attributeQuoteSpans(ctx: QuoteContext): void {
  const { v, spans, spanFound, found, paragraphs } = ctx
  let lastDirect = -1
  for (let q = 0; q < spans.length; q++) {
    if (spanFound[q]! >= 0) { lastDirect = spanFound[q]!; continue }
    const span = spans[q]!
    const f = attributeSpan(ctx, span)
    if (f) {
      spanFound[q] = found.length
      found.push(f)
      lastDirect = found.length - 1
      continue
    }
    const prev = lastDirect >= 0 ? found[lastDirect]! : null
    const startsSentence = leftWords(ctx, span) === 0
    if (prev && startsSentence && paragraphOf(paragraphs, span.start) - paragraphOf(paragraphs, prev.end) <= 1 && (prev.phrase || prev.follows >= 0)) {
      spanFound[q] = found.length
      found.push({ start: span.start, end: span.end, direct: true, cue: prev.cue, phrase: null, follows: lastDirect, rule: 'direct.follow', clause: null, order: span.start })
      lastDirect = found.length - 1
    } else if (startsSentence && wordCount(v, span) >= MIN_UNATTRIBUTED_WORDS) {
      // A whole quoted sentence with no cue of its own: the speaker of the attribution just before, in its paragraph or the one before.
      const near = lastSpeakerBefore(ctx, span.start)
      spanFound[q] = found.length
      found.push({ start: span.start, end: span.end, direct: true, cue: -1, phrase: null, follows: near, rule: near >= 0 ? 'direct.nearest-speaker' : 'direct.unattributed', clause: null, order: span.start })
    }
  }
}

/** The attribution with a speaker that ends last before `offset`, at most one paragraph back, or -1. */
function lastSpeakerBefore(ctx: QuoteContext, offset: number): number {
  const { found, paragraphs } = ctx
  const here = paragraphOf(paragraphs, offset)
  let best = -1
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    if (f.end > offset || !(f.phrase || f.follows >= 0) || here - paragraphOf(paragraphs, f.end) > 1) continue
    if (best < 0 || f.end > found[best]!.end) best = i
  }
  return best
}

function attributeSpan(ctx: QuoteContext, span: QuoteSpan): Found | null {
  const { v, lex, inQuote, paragraphs } = ctx
  // After the quote: `"…," said X` / `"…," X said` / `"…" X, director of Y, wrote`.
  // `on “Face the Nation,” Ryan said …`: a quoted title before a speaker is not what the speaker said.
  if (span.close >= 0 && !isTitleQuote(v, span)) {
    const signed = signedQuote(ctx, span)
    if (signed) return signed
    const p = paragraphs[paragraphOf(paragraphs, span.close)]!
    let r = v.at(span.close + 1)
    const limit = Math.min(v.at(p.end), r + RIGHT_WINDOW)
    if (r < limit && v.is(r, '\'') && v.start(r) === span.close + 1) r++ // the second half of a '' mark
    const quoteEnd = v.text.charCodeAt(span.end - 1)
    let separated = quoteEnd === 44 || quoteEnd === 63 || quoteEnd === 33 // the quote closes on ',', '?' or '!'
    if (r < limit && v.is(r, ',')) { r++; separated = true }
    let hi = r
    while (hi < limit && inQuote[hi]! < 0 && !v.isOneOf(hi, '.!?;')) hi++
    if (r < hi) {
      const first = lex.cues.get(v.lower(r))
      if (first?.class === 'speech' || (separated && first?.class !== 'source' && isVerbForm(v, lex, r))) {
        const phrase = phraseAfter(v, lex, r + 1, hi)
        // `"…," said X.` / `"…," said X, director of …` — but not `who calls Y a "…," said he doesn't …`, where a clause follows.
        if (phrase && (phrase.end >= hi || v.isOneOf(phrase.end, '.,;:!?') || !lex.pronouns.has(v.lower(phrase.start)))) return direct(v, span, r, phrase, 'direct.cue-speaker-after')
      }
      for (let t = r + 1; t < hi && t - r <= MAX_SPEAKER_TOKENS_AFTER; t++) {
        const cue = lex.cues.get(v.lower(t))
        // `"…," Smith mused.`, `"…," Toomey fumed on Tuesday.`: after a separated quote, any verb closing the sentence (maybe
        // with its day) reports it.
        const closing = separated && cue?.class !== 'source' && isVerbForm(v, lex, t) && (t + 1 >= hi || v.isOneOf(t + 1, ',') || isTimePhraseAt(v, lex, t + 1, hi))
        if (cue?.class !== 'speech' && !closing) continue
        const phrase = subjectBefore(v, lex, r, t)
        if (phrase && phrase.start === r) return direct(v, span, t, phrase, 'direct.speaker-cue-after')
        const lead = speakerLeading(ctx, r, t)
        if (lead) return direct(v, span, t, lead, 'direct.speaker-cue-after')
        break
      }
    }
  }
  // Before the quote, in the same sentence: `X said: "…"`, `praised the "…"`, `quoting X: "…"` — or in the
  // paragraph before, when that paragraph ends in a colon and the quote opens the next (`Cruz continued:` ¶ `“…”`).
  const colon = colonBeforeParagraph(ctx, span)
  const lo = colon >= 0 ? sentenceStartAt(ctx, colon) : sentenceStartBefore(ctx, span)
  const open = colon >= 0 ? colon + 1 : v.at(span.open)
  for (let t = open - 1; t >= lo; t--) {
    const opening = opensSentence(v, lo, t)
    if (inQuote[t]! >= 0 || (v.isCapital(t) && v.lower(t) !== 'according' && !opening)) continue
    const cue = lex.cues.get(v.lower(t))
    if (!cue || cue.class === 'raising') continue // "seemed “…”" names no speaker
    if (isNounUse(v, lex, t, lo)) continue // "called Rubio's proposed credit “…”", "his TBS show “…”": a noun or adjective, no cue
    if (cue.lemma === 'see as' && !seenAs(v, lex, v.at(span.end) + 1, t)) continue // "I see “…”" is no attribution; "saw X as “…”" is
    let phrase: Phrase | null
    // "Said Comey, “…”", "But, said Solovey, “…”": a speech verb opening the sentence, its speaker after it.
    if (opening && cue.class === 'speech') phrase = phraseAfter(v, lex, t + 1, open)
    else if (cue.class === 'source') phrase = v.lower(t) === 'according' ? phraseAfter(v, lex, t + 2, open) : phraseAfter(v, lex, t + 1, open)
    // "He defended the remark, saying, “…”", "She issued a statement saying “…”".
    else if (v.lower(t).endsWith('ing') && t > lo && (v.is(t - 1, ',') || isIssuedMessage(v, lex, lo, t - 1))) phrase = participleSubject(v, lex, lo, t)
    else phrase = subjectBefore(v, lex, lo, t) ?? coordinatedSubject(v, lex, lo, t) // "He laughed and said “We’ll see.”"
    if (!phrase) continue
    if (open - 1 >= lo && v.isOneOf(open - 1, ':,')) return direct(v, span, t, phrase, 'direct.speaker-cue-before')
    // A partial quote: the attributed content is the rest of the clause after the cue ("said there had been “thousands of shootings” in …").
    return { ...direct(v, span, t, phrase, 'direct.partial'), clause: clauseAfterCue(v, lex, span, t, inQuote, paragraphs) }
  }
  // `Hannity interjected: "…"`, `Wallnau continues: "…"`: any verb in the past or present tense before a colon introduces its subject's words.
  if (open - 2 >= lo && v.is(open - 1, ':') && v.isLowerAscii(open - 2) && /(ed|es|s)$/.test(v.lower(open - 2)) && !lex.stopWords.has(v.lower(open - 2))) {
    const phrase = subjectBefore(v, lex, lo, open - 2)
    if (phrase) return direct(v, span, open - 2, phrase, 'direct.speaker-verb-colon')
  }
  // `Putin's view of Xi: "…"` — no cue, but a colon after a possessive name gives the speaker.
  if (open - 1 >= lo && v.is(open - 1, ':')) {
    for (let t = open - 2; t >= lo && t >= open - 8; t--) {
      if (!v.isCapital(t) || !isPossessive(v.raw(t))) continue
      let s = t
      while (s - 1 >= lo && v.isCapital(s - 1) && !isPossessive(v.raw(s - 1))) s--
      return direct(v, span, open - 1, { start: s, end: t + 1, parts: [{ start: s, end: t + 1 }] }, 'direct.possessive-colon')
    }
  }
  return null
}

/**
 * `"…," James Ash of the Cato Institute wrote`, `"…," a voice-over in the ad states`: a speaker phrase opening the
 * words after a quote, followed by its modifiers up to the cue — with no other verb among them.
 */
function speakerLeading(ctx: QuoteContext, r: number, t: number): Phrase | null {
  const { v, lex, inQuote } = ctx
  const p = phraseAfter(v, lex, r, t, false)
  if (!p || !(v.isCapital(p.start) || lex.determiners.has(v.lower(p.start)))) return null
  for (let k = p.end; k < t; k++) {
    if (inQuote[k]! >= 0 || v.isOneOf(k, ':;')) return null
    if (!v.isCapital(k) && (lex.cues.has(v.lower(k)) || /ed$/.test(v.lower(k)))) return null
  }
  return p
}

/** Token `t` opens its sentence, or follows only a conjunction and commas ("But, said X, …"). */
function opensSentence(v: TokenView, lo: number, t: number): boolean {
  for (let k = lo; k < t; k++) if (!v.is(k, ',') && !(k === lo && /^(but|and|yet|so)$/.test(v.lower(k)))) return false
  return true
}

/** A lower-case word that may be a verb in the past or present tense ("mused", "recalls"), not a function word. */
function isVerbForm(v: TokenView, lex: QuoteLexicon, t: number): boolean {
  if (!v.isLowerAscii(t) || lex.stopWords.has(v.lower(t)) || lex.determiners.has(v.lower(t))) return false
  const w = v.lower(t)
  return w.length > 3 && (w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss')))
}

function clauseAfterCue(v: TokenView, lex: QuoteLexicon, span: QuoteSpan, cue: number, inQuote: Int32Array, paragraphs: readonly Paragraph[]): Range | null {
  let s = cue + 1
  if (s < v.count && (v.lower(s) === 'that' || v.lower(s) === 'to' && v.lower(cue - 0) === 'according')) s++
  const pEnd = paragraphs[paragraphOf(paragraphs, span.end)]!.end
  let e = v.at(span.close >= 0 ? span.close + 1 : span.end)
  // The clause ends with its sentence, or at a comma before a new clause outside the quote (`called X the "…," linking to …`).
  // A second verb of the speaker after "and"/"but" ends it too (`called her "weak" and said …`).
  // A quote that closes its sentence inside the marks (`… “unfit to be president.” When …`) ends the clause there.
  // Where it was said ends it as well (`called the system “rigged” in a tweet Tuesday`).
  while (e < v.count && v.start(e) < pEnd && !closedSentenceBefore(v, e) && !(inQuote[e]! < 0 && (isCircumstance(v, lex, e, v.count) || v.isOneOf(e, '.!?;') || (commaBefore(v, e) && (OBJECT_ENDS.has(v.lower(e)) || v.lower(e).endsWith('ing'))) || secondVerbAfter(v, lex, e)))) e++
  while (e > s && v.is(e - 1, ',')) e--
  if (s >= e || v.start(s) > span.start) return null
  const start = v.start(s), end = v.end(e - 1)
  return end > span.end || start < span.start - 1 ? { start, end } : null
}

/** A closing mark right before token `e` after a sentence's last punctuation, and a new sentence (or bracket) at `e`. */
function closedSentenceBefore(v: TokenView, e: number): boolean {
  return e > 0 && isCloseMark(v, e - 1) && '.!?'.includes(v.text[v.start(e - 1) - 1] ?? '') && (v.isCapital(e) || v.is(e, '('))
}

/** "and"/"but" at `e` followed by a verb of the subject: a cue form (not "-s") or a participle or past tense. */
function secondVerbAfter(v: TokenView, lex: QuoteLexicon, e: number): boolean {
  const w = v.lower(e)
  if ((w !== 'and' && w !== 'but') || e + 1 >= v.count || !v.isLowerAscii(e + 1)) return false
  const next = v.lower(e + 1)
  return (lex.cues.has(next) && !next.endsWith('s')) || (next.length > 4 && (next.endsWith('ed') || next.endsWith('ing')))
}

/** A comma right before token `e`, or a comma and a closing mark (`…,” linking`). */
function commaBefore(v: TokenView, e: number): boolean { return v.is(e - 1, ',') || (isCloseMark(v, e - 1) && v.is(e - 2, ',')) }

function direct(v: TokenView, span: QuoteSpan, cue: number, phrase: Phrase, rule: string): Found {
  return { start: span.start, end: span.end, direct: true, cue, phrase, follows: -1, rule, clause: null, order: Math.min(v.start(cue), span.start) }
}

/** The colon ending the paragraph before a quote that opens its own paragraph, or -1. */
function colonBeforeParagraph(ctx: QuoteContext, span: QuoteSpan): number {
  const { v, paragraphs } = ctx
  const pi = paragraphOf(paragraphs, span.open)
  const open = v.at(span.open)
  if (pi === 0 || open !== v.at(paragraphs[pi]!.start)) return -1
  const prevEnd = v.at(paragraphs[pi - 1]!.end) - 1
  return prevEnd >= 0 && v.is(prevEnd, ':') && ctx.inQuote[prevEnd]! < 0 ? prevEnd : -1
}

/** First token of the sentence holding token `t` (a sentence end outside quotes, or its paragraph's start). */
function sentenceStartAt(ctx: QuoteContext, t: number): number {
  const { v, inQuote, paragraphs } = ctx
  const pStart = v.at(paragraphs[paragraphOf(paragraphs, v.start(t))]!.start)
  let k = t - 1
  while (k >= pStart && !(inQuote[k]! < 0 && endsSentence(ctx, k))) k--
  return k + 1
}

/**
 * Token k closes a sentence: a full stop, question or exclamation mark, or a word the tokenizer kept its full stop on that the
 * segmenter ends a sentence with (short names: "… a spokesman for Ted Cruz. “…”").
 */
function endsSentence(ctx: QuoteContext, k: number): boolean {
  const { v } = ctx
  if (v.isOneOf(k, '.!?')) return true
  return v.text.charCodeAt(v.end(k) - 1) === 46 && v.end(k) - v.start(k) > 1 && ctx.sentenceEnds.has(v.end(k))
}

/** First token of the sentence holding the quote's opening mark (earlier quotes that end a sentence stop the walk). */
function sentenceStartBefore(ctx: QuoteContext, span: QuoteSpan): number {
  const { v, inQuote, spans, paragraphs } = ctx
  const p = paragraphs[paragraphOf(paragraphs, span.open)]!
  const pStart = v.at(p.start)
  let t = v.at(span.open) - 1
  while (t >= pStart) {
    const qi = inQuote[t]!
    if (qi >= 0) {
      const other = spans[qi]!
      if (/[.!?]$/.test(v.text.slice(other.start, other.end))) return t + 1
      t = v.at(other.open) - 1
      continue
    }
    if (endsSentence(ctx, t)) return t + 1
    t--
  }
  return pStart
}

function leftWords(ctx: QuoteContext, span: QuoteSpan): number {
  const { v, inQuote } = ctx
  const lo = sentenceStartBefore(ctx, span)
  let n = 0
  for (let t = lo; t < v.at(span.open); t++) if (v.isWord(t) && inQuote[t]! < 0) n++
  return n
}

import type { Entity, Paragraph, Quote, Range, Sentence, Speaker, Tokens } from '../../article/index.js'
import type { Cue, QuoteLexicon } from './lexicon.js'
import { findQuoteSpans, type QuoteSpan } from './marks.js'
import { isPossessive, phraseAfter, subjectBefore, type Phrase } from './phrase.js'
import { SpeakerResolver } from './speakers.js'
import { TokenView } from './token-view.js'

export interface QuoteInput {
  text: string
  paragraphs: readonly Paragraph[]
  sentences: readonly Sentence[]
  tokens: Tokens
  entities: readonly Entity[]
}

/** Something a reader of the record should know about a quote: a mark never closed (clipped text), a quote nobody is credited with. */
export interface QuoteNote { code: 'quotes/unclosed-mark' | 'quotes/no-speaker'; place: Range }

/** An attribution found before speakers are resolved (speakers need text order for pronouns). */
interface Found {
  start: number; end: number; direct: boolean
  cue: number                 // cue token, -1 when none
  phrase: Phrase | null
  follows: number             // index into `found` of the quote whose speaker this one continues, -1 if none
  rule: string
  clause: Range | null
  order: number               // text position used to resolve speakers in order
}

// Verbs whose object sits between the cue and the reported clause ("told reporters that …").
const OBJECT_CUES = new Set(['tell', 'inform', 'assure', 'brief', 'warn', 'remind', 'ask', 'urge'])
// Words that open a prepositional phrase between a cue and its clause ("said in a statement on Friday that …").
const CUE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'from', 'late', 'earlier', 'later', 'last', 'this', 'yesterday', 'today'])
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'yesterday', 'today', 'tonight', 'again', 'also', 'recently', 'publicly', 'privately'])
const PARTICLES = new Set(['out', 'up', 'back'])
// Words that open an introductory phrase rather than a reported clause.
const INTRODUCERS = new Set(['in', 'during', 'as', 'after', 'before', 'when', 'while', 'since', 'at', 'on', 'for', 'with', 'despite', 'asked', 'speaking', 'campaigning', 'writing', 'by', 'from', 'earlier', 'later', 'last'])
const CLAUSE_JOINERS = new Set(['though', 'although', 'but', 'while', 'and', 'whereas', 'as'])
const LABELS = new Set(['update', 'updated', 'note', 'editor', 'editors', 'photo', 'photos', 'video', 'watch', 'read', 'breaking', 'correction', 'clarification', 'source', 'sources', 'related', 'advertisement', 'disclaimer', 'q', 'a'])
const MIN_REPORTED_WORDS = 3
const MIN_UNATTRIBUTED_WORDS = 8
const RIGHT_WINDOW = 30

/**
 * Direct quotes (marks), partial quotes inside reported sentences and reported speech, with the
 * speaker of each. Reported clauses that contain quoted words are represented by their quoted
 * parts (direct, with the clause in `clause`) so one attribution is never counted twice.
 * Scare quotes (a quoted phrase with no cue and no speaker in reach) are dropped.
 */
export function extractQuotes(input: QuoteInput, lex: QuoteLexicon, notes?: QuoteNote[]): Quote[] {
  const { text, paragraphs } = input
  const v = TokenView.of(text, input.tokens)
  const spans = findQuoteSpans(text, paragraphs)
  if (notes) for (const s of spans) if (s.close < 0) notes.push({ code: 'quotes/unclosed-mark', place: { start: s.open, end: s.end } })
  const inQuote = markQuoteTokens(v, spans)
  const found: Found[] = []
  const spanFound = new Int32Array(spans.length).fill(-1)

  // 1. Reported speech, sentence by sentence: cue verbs outside quotation marks.
  for (const sentence of input.sentences) {
    const a = v.at(sentence.start), b = v.at(sentence.end)
    const here: { t: number; r: Reported }[] = []
    for (let t = a; t < b; t++) {
      if (inQuote[t]! >= 0) continue
      // Verbs are lower-case ("States", "Editor's Note" are not cues), so the raw form is the key; only a sentence-initial "According" is capitalised.
      const cue = v.isLowerAscii(t) ? lex.cues.get(v.raw(t)) : t === a && v.lower(t) === 'according' ? lex.cues.get('according') : undefined
      if (!cue || cue.class === 'evaluative' || isNounUse(v, lex, t, a)) continue
      const r = reported(v, lex, cue, a, b, t, inQuote)
      if (r) here.push({ t, r })
    }
    // "X said CLAUSE, though she acknowledged CLAUSE2": the first clause ends where the second attribution begins.
    for (const h of here) {
      for (const o of here) {
        if (o === h || !o.r.phrase || o.r.rule.startsWith('according-to')) continue
        const ps = v.start(o.r.phrase.start)
        if (ps <= h.r.content.start || ps >= h.r.content.end || v.start(o.t) >= h.r.content.end) continue
        let k = o.r.phrase.start - 1
        while (k > a && (CLAUSE_JOINERS.has(v.lower(k)) || v.raw(k) === ',')) k--
        const cut = clauseRange(v, v.at(h.r.content.start), k + 1, lex)
        if (cut) h.r = { ...h.r, content: cut }
      }
    }
    for (const { t, r } of here) {
      // "Xi said CLAUSE, according to state media": the attribution nested in the clause is the one to keep.
      if (r.rule.startsWith('according-to') && here.some((o) => o.t !== t && v.start(o.t) >= r.content.start && v.end(o.t) <= r.content.end)) continue
      const inside = spansOverlapping(spans, r.content)
      if (inside.length) {
        for (const q of inside) {
          if (spanFound[q]! >= 0) continue
          spanFound[q] = found.length
          found.push({ start: spans[q]!.start, end: spans[q]!.end, direct: true, cue: t, phrase: r.phrase, follows: -1, rule: `direct.${r.rule}`, clause: r.content, order: v.start(t) })
        }
      } else {
        found.push({ start: r.content.start, end: r.content.end, direct: false, cue: t, phrase: r.phrase, follows: -1, rule: `reported.${r.rule}`, clause: null, order: v.start(t) })
      }
    }
  }

  // 1b. "PENCE: Well, look …" (a transcript line) and "Lavrov: talks will go on" (a name and a colon opening a paragraph).
  const entityStarts = new Map<number, Entity>()
  const placeStarts = new Set<number>()
  for (const e of input.entities) for (const m of e.mentions) if (e.type === 'PERSON' || e.type === 'ORG') entityStarts.set(m.start, e); else if (e.type === 'PLACE') placeStarts.add(m.start)
  const colons: { a: number; b: number; colon: number; transcript: boolean }[] = []
  for (const para of paragraphs) {
    const a = v.at(para.start), b = v.at(para.end)
    const colon = nameColon(v, a, b, entityStarts)
    if (colon < 0 || inQuote[colon]! >= 0) continue
    const transcript = isAllCaps(v, a, colon)
    // A dateline ("NEW DELHI:") or a label ("UPDATE:") is no speaker: a transcript names its speakers on several lines.
    if (transcript && (placeStarts.has(v.start(a)) || LABELS.has(v.lower(a)))) continue
    colons.push({ a, b, colon, transcript })
  }
  const speakersInTranscript = new Set(colons.filter((c) => c.transcript).map((c) => v.text.slice(v.start(c.a), v.start(c.colon))))
  for (const { a, b, colon, transcript } of colons) {
    if (transcript && colons.filter((c) => c.transcript).length < 2 && speakersInTranscript.size < 2) continue
    const content = clauseRange(v, colon + 1, b, lex)
    if (!content) continue
    const phrase: Phrase = { start: a, end: colon, parts: [{ start: a, end: colon }] }
    const inside = spansOverlapping(spans, content).filter((q) => spanFound[q]! < 0)
    if (inside.length) {
      for (const q of inside) { spanFound[q] = found.length; found.push({ start: spans[q]!.start, end: spans[q]!.end, direct: true, cue: colon, phrase, follows: -1, rule: 'direct.name-colon', clause: content, order: v.start(colon) }) }
    } else if (!found.some((f) => f.start < content.end && content.start < f.end)) {
      found.push({ start: content.start, end: content.end, direct: transcript, cue: colon, phrase, follows: -1, rule: transcript ? 'direct.transcript' : 'reported.name-colon', clause: null, order: v.start(colon) })
    }
  }

  // 2. Quoted spans not covered by reported speech: a cue after the quote, a cue before it, or the previous speaker.
  let lastDirect = -1
  for (let q = 0; q < spans.length; q++) {
    if (spanFound[q]! >= 0) { lastDirect = spanFound[q]!; continue }
    const span = spans[q]!
    const f = attributeSpan(v, lex, span, q, spans, inQuote, paragraphs)
    if (f) {
      spanFound[q] = found.length
      found.push(f)
      lastDirect = found.length - 1
      continue
    }
    const prev = lastDirect >= 0 ? found[lastDirect]! : null
    const startsSentence = leftWords(v, span, inQuote, spans, paragraphs) === 0
    if (prev && startsSentence && paragraphOf(paragraphs, span.start) - paragraphOf(paragraphs, prev.end) <= 1 && (prev.phrase || prev.follows >= 0)) {
      spanFound[q] = found.length
      found.push({ start: span.start, end: span.end, direct: true, cue: -1, phrase: null, follows: lastDirect, rule: 'direct.follow', clause: null, order: span.start })
      lastDirect = found.length - 1
    } else if (startsSentence && wordCount(v, span) >= MIN_UNATTRIBUTED_WORDS) {
      spanFound[q] = found.length
      found.push({ start: span.start, end: span.end, direct: true, cue: -1, phrase: null, follows: -1, rule: 'direct.unattributed', clause: null, order: span.start })
    }
  }

  // 3. Speakers in text order, so pronouns find the last fitting speaker.
  const order = found.map((_, i) => i).sort((x, y) => found[x]!.order - found[y]!.order)
  const resolver = new SpeakerResolver(v, lex, input.entities)
  const speakersOf: (Speaker[] | null)[] = new Array(found.length).fill(null)
  for (const i of order) {
    const f = found[i]!
    if (f.phrase) speakersOf[i] = resolver.resolve(f.phrase)
    else if (f.follows >= 0) speakersOf[i] = speakersOf[f.follows] ?? null
  }
  // A continuation resolved before its antecedent (should not happen in text order) falls back here.
  for (let i = 0; i < found.length; i++) if (!speakersOf[i] && found[i]!.follows >= 0) speakersOf[i] = speakersOf[found[i]!.follows] ?? null

  const out: Quote[] = []
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    const speakers = speakersOf[i]
    const cueRange = f.cue >= 0 ? cueSpan(v, f.cue) : null
    out.push({
      text: text.slice(f.start, f.end), direct: f.direct, start: f.start, end: f.end,
      speaker: speakers?.[0] ?? null,
      ...(speakers && speakers.length > 1 ? { speakers } : {}),
      cue: cueRange ? text.slice(cueRange.start, cueRange.end) : null,
      cueSpan: cueRange,
      rule: f.rule,
      ...(f.clause ? { clause: f.clause } : {}),
    })
  }
  out.sort((x, y) => x.start - y.start)
  if (notes) for (const q of out) if (q.direct && !q.speaker) notes.push({ code: 'quotes/no-speaker', place: { start: q.start, end: q.end } })
  return out
}

interface Reported { phrase: Phrase | null; content: Range; rule: string }

/** A reported-speech clause around cue token `t` in the sentence [a, b). */
function reported(v: TokenView, lex: QuoteLexicon, cue: Cue, a: number, b: number, t: number, inQuote: Int32Array): Reported | null {
  const w = v.lower(t)
  if (cue.class === 'source') {
    if (w !== 'according' || t + 1 >= b || v.lower(t + 1) !== 'to') return null
    const phrase = phraseAfter(v, lex, t + 2, b)
    if (!phrase) return null
    if (t === a) {
      // "According to X, CLAUSE."
      let k = phrase.end
      while (k < b && v.raw(k) !== ',') k++
      const content = clauseRange(v, k + 1, b, lex)
      return content ? { phrase, content, rule: 'according-to-first' } : null
    }
    if (v.raw(t - 1) !== ',') return null
    const content = clauseRange(v, a, t - 1, lex)
    return content ? { phrase, content, rule: 'according-to' } : null
  }
  // A participle ("…, saying …", "tweets early Friday saying that …") reports for the sentence's subject.
  const phrase = w.endsWith('ing') ? sentenceSubject(v, lex, a, t) : subjectBefore(v, lex, a, t)
  if (!phrase) return inverted(v, lex, cue, a, b, t)
  // "It shows …", "This means …": a thing's belief verb is no attribution.
  if (cue.class === 'belief' && phrase.end - phrase.start === 1 && (v.lower(phrase.start) === 'it' || v.lower(phrase.start) === 'this')) return null
  // `"…," X told Y in an interview`: the quote before is what was said, not the words after.
  const before = phrase.start - 1
  const afterQuote = before > a && (isCloseMark(v, before) || (v.raw(before) === ',' && isCloseMark(v, before - 1)))
  // "X said (that) CLAUSE."
  let k = afterQuote && OBJECT_CUES.has(cue.lemma) ? b : t + 1
  if (k < b && PARTICLES.has(v.lower(k))) k++ // "pointed out that"
  if (OBJECT_CUES.has(cue.lemma)) { const obj = phraseAfter(v, lex, k, b, false); if (obj && v.lower(k) !== 'that') k = obj.end }
  while (k < b && TIME_WORDS.has(v.lower(k))) k++ // "said Friday afternoon, as …"
  if (k < b && CUE_PREPOSITIONS.has(v.lower(k))) {
    let m = k
    while (m < b && m - k < 10 && v.lower(m) !== 'that' && v.raw(m) !== ',' && v.raw(m) !== ':') m++
    if (m < b && v.lower(m) === 'that') k = m
    else if (m < b && v.raw(m) === ',') k = m + 1
    else if (m < b && v.raw(m) === ':') k = m
  }
  if (k < b && (v.lower(k) === 'that' || v.raw(k) === ':')) k++
  if (k < b && !lex.notClauseStart.has(v.lower(k)) && inQuote[k]! < 0 || k < b && isOpenMark(v, k)) {
    const content = clauseRange(v, k, b, lex)
    if (content && (cue.class === 'speech' || v.lower(t + 1) === 'that' || !OBJECT_CUES.has(cue.lemma))) return { phrase, content, rule: 'speaker-cue-clause' }
  }
  // "CLAUSE, X said."
  const comma = phrase.start - 1
  if (comma > a && (v.raw(comma) === ',' || isCloseMark(v, comma)) && cue.class === 'speech') {
    const content = clauseRange(v, a, sepBefore(v, comma, a), lex)
    // "During his years in office, Obama said …": an introductory phrase is not what was said.
    if (content && !(INTRODUCERS.has(v.lower(a)) && wordsIn(v, a, comma) < 10)) return { phrase, content, rule: 'clause-speaker-cue' }
  }
  return inverted(v, lex, cue, a, b, t)
}

/** "CLAUSE, said X." — the phrase after the cue must close the sentence or be followed by a comma. */
function inverted(v: TokenView, lex: QuoteLexicon, cue: Cue, a: number, b: number, t: number): Reported | null {
  if (!(t > a && (v.raw(t - 1) === ',' || isCloseMark(v, t - 1)) && cue.class === 'speech' && isPast(v.lower(t)))) return null
  const phrase = phraseAfter(v, lex, t + 1, b)
  if (!phrase || (phrase.end < b && !/^[.,;:!?]$/.test(v.raw(phrase.end)))) return null
  const content = clauseRange(v, a, sepBefore(v, t - 1, a), lex)
  return content ? { phrase, content, rule: 'clause-said-speaker' } : null
}

/** The colon after a speaker opening a paragraph: an all-capitals name ("PENCE:") or a person/organisation mention ("Lavrov:"). */
function nameColon(v: TokenView, a: number, b: number, entityStarts: Map<number, Entity>): number {
  for (let k = a + 1; k < b && k <= a + 4; k++) {
    if (v.raw(k) !== ':') { if (!v.isCapital(k) && !v.isWord(k)) return -1; continue }
    if (isAllCaps(v, a, k) && v.end(k - 1) - v.start(a) >= 3) return k
    const e = entityStarts.get(v.start(a))
    return e && e.mentions.some((m) => m.start === v.start(a) && m.end === v.end(k - 1)) ? k : -1
  }
  return -1
}

function isAllCaps(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) { const r = v.raw(k); if (r !== r.toUpperCase() || !v.isWord(k)) return false }
  return e > s
}

/** The subject at the start of the sentence, after an introductory phrase ("In June, the senator …"). */
function sentenceSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let s = a
  if (INTRODUCERS.has(v.lower(a))) {
    while (s < t && v.raw(s) !== ',') s++
    s++
  }
  if (s >= t) return null
  const p = phraseAfter(v, lex, s, t)
  return p && (v.isCapital(p.start) || lex.pronouns.has(v.lower(p.start)) || lex.determiners.has(v.lower(p.start))) ? p : null
}

/** A cue form used as a noun ("his tweets", "a report", "the show"): preceded by a determiner, possessive or "of". */
function isNounUse(v: TokenView, lex: QuoteLexicon, t: number, a: number): boolean {
  if (t <= a) return false
  const prev = v.lower(t - 1)
  if (lex.determiners.has(prev) || prev === 'of' || prev === 'this' || prev === 'that' || prev === 'these' || prev === 'those' || prev === 'new') return true
  if (/['’]s$/.test(prev)) return true
  return prev.endsWith('ing') && t - 2 >= a && lex.determiners.has(v.lower(t - 2)) // "his early-morning tweets"
}

/** The clause tokens [s, e) as a character range, trimmed of punctuation and cut before a trailing attribution. */
function clauseRange(v: TokenView, s: number, e: number, lex: QuoteLexicon): Range | null {
  for (let k = s + 1; k < e - 1; k++) {
    if (v.raw(k) !== ',') continue
    const next = v.lower(k + 1)
    if (next === 'according' || (next.endsWith('ing') && lex.cues.get(next)?.class === 'speech')) { e = k; break }
  }
  while (e > s && /^[.,;:!?]$/.test(v.raw(e - 1))) e--
  while (s < e && /^[,;:]$/.test(v.raw(s))) s++
  let words = 0
  for (let k = s; k < e; k++) if (v.isWord(k)) words++
  if (words < MIN_REPORTED_WORDS) return null
  return { start: v.start(s), end: v.end(e - 1) }
}

/** The separator token before an attribution (`,` or `,"`): the clause ends before it. */
function sepBefore(v: TokenView, i: number, a: number): number {
  let k = i
  while (k > a && (v.raw(k) === ',' || isCloseMark(v, k))) k--
  return k + 1
}

function attributeSpan(v: TokenView, lex: QuoteLexicon, span: QuoteSpan, q: number, spans: readonly QuoteSpan[], inQuote: Int32Array, paragraphs: readonly Paragraph[]): Found | null {
  // After the quote: `"…," said X` / `"…," X said` / `"…" X, director of Y, wrote`.
  if (span.close >= 0) {
    const p = paragraphs[paragraphOf(paragraphs, span.close)]!
    let r = v.at(span.close + 1)
    const limit = Math.min(v.at(p.end), r + RIGHT_WINDOW)
    if (r < limit && v.raw(r) === ',') r++
    let hi = r
    while (hi < limit && inQuote[hi]! < 0 && !/^[.!?;]$/.test(v.raw(hi))) hi++
    if (r < hi) {
      const first = lex.cues.get(v.lower(r))
      if (first?.class === 'speech') {
        const phrase = phraseAfter(v, lex, r + 1, hi)
        if (phrase) return direct(v, span, r, phrase, 'direct.cue-speaker-after')
      }
      for (let t = r + 1; t < hi && t - r <= 15; t++) {
        const cue = lex.cues.get(v.lower(t))
        if (cue?.class !== 'speech') continue
        const phrase = subjectBefore(v, lex, r, t)
        if (phrase && phrase.start === r) return direct(v, span, t, phrase, 'direct.speaker-cue-after')
        break
      }
    }
  }
  // Before the quote, in the same sentence: `X said: "…"`, `praised the "…"`, `quoting X: "…"`.
  const lo = sentenceStartBefore(v, span, inQuote, spans, paragraphs)
  const open = v.at(span.open)
  for (let t = open - 1; t >= lo; t--) {
    if (inQuote[t]! >= 0 || (v.isCapital(t) && v.lower(t) !== 'according')) continue
    const cue = lex.cues.get(v.lower(t))
    if (!cue) continue
    let phrase: Phrase | null
    if (cue.class === 'source') phrase = v.lower(t) === 'according' ? phraseAfter(v, lex, t + 2, open) : phraseAfter(v, lex, t + 1, open)
    else if (v.lower(t).endsWith('ing') && t > lo && v.raw(t - 1) === ',') phrase = sentenceSubject(v, lex, lo, t) // "He defended the remark, saying, “…”"
    else phrase = subjectBefore(v, lex, lo, t)
    if (!phrase) continue
    if (open - 1 >= lo && /^[:,]$/.test(v.raw(open - 1))) return direct(v, span, t, phrase, 'direct.speaker-cue-before')
    // A partial quote: the attributed content is the rest of the clause after the cue ("said there had been “thousands of shootings” in …").
    return { ...direct(v, span, t, phrase, 'direct.partial'), clause: clauseAfterCue(v, span, t, inQuote, paragraphs) }
  }
  // `Putin's view of Xi: "…"` — no cue, but a colon after a possessive name gives the speaker.
  if (open - 1 >= lo && v.raw(open - 1) === ':') {
    for (let t = open - 2; t >= lo && t >= open - 8; t--) {
      if (!v.isCapital(t) || !isPossessive(v.raw(t))) continue
      let s = t
      while (s - 1 >= lo && v.isCapital(s - 1) && !isPossessive(v.raw(s - 1))) s--
      return direct(v, span, open - 1, { start: s, end: t + 1, parts: [{ start: s, end: t + 1 }] }, 'direct.possessive-colon')
    }
  }
  void q
  return null
}

function clauseAfterCue(v: TokenView, span: QuoteSpan, cue: number, inQuote: Int32Array, paragraphs: readonly Paragraph[]): Range | null {
  let s = cue + 1
  if (s < v.count && (v.lower(s) === 'that' || v.lower(s) === 'to' && v.lower(cue - 0) === 'according')) s++
  const pEnd = paragraphs[paragraphOf(paragraphs, span.end)]!.end
  let e = v.at(span.close >= 0 ? span.close + 1 : span.end)
  while (e < v.count && v.start(e) < pEnd && !(inQuote[e]! < 0 && /^[.!?;]$/.test(v.raw(e)))) e++
  if (s >= e || v.start(s) > span.start) return null
  const start = v.start(s), end = v.end(e - 1)
  return end > span.end || start < span.start - 1 ? { start, end } : null
}

function direct(v: TokenView, span: QuoteSpan, cue: number, phrase: Phrase, rule: string): Found {
  return { start: span.start, end: span.end, direct: true, cue, phrase, follows: -1, rule, clause: null, order: Math.min(v.start(cue), span.start) }
}

/** First token of the sentence holding the quote's opening mark (earlier quotes that end a sentence stop the walk). */
function sentenceStartBefore(v: TokenView, span: QuoteSpan, inQuote: Int32Array, spans: readonly QuoteSpan[], paragraphs: readonly Paragraph[]): number {
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
    if (/^[.!?]$/.test(v.raw(t))) return t + 1
    t--
  }
  return pStart
}

function leftWords(v: TokenView, span: QuoteSpan, inQuote: Int32Array, spans: readonly QuoteSpan[], paragraphs: readonly Paragraph[]): number {
  const lo = sentenceStartBefore(v, span, inQuote, spans, paragraphs)
  let n = 0
  for (let t = lo; t < v.at(span.open); t++) if (v.isWord(t) && inQuote[t]! < 0) n++
  return n
}

function markQuoteTokens(v: TokenView, spans: readonly QuoteSpan[]): Int32Array {
  const mark = new Int32Array(v.count).fill(-1)
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q]!
    const stop = s.close >= 0 ? s.close + 1 : s.end
    for (let t = v.at(s.open); t < v.count && v.start(t) < stop; t++) mark[t] = q
  }
  return mark
}

/** Quote spans overlapping a character range (a reported clause, or a sentence inside a longer quote). */
function spansOverlapping(spans: readonly QuoteSpan[], r: Range): number[] {
  const out: number[] = []
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q]!
    if (s.open > r.end) break
    if (s.end > r.start && s.start < r.end) out.push(q)
  }
  return out
}

function paragraphOf(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0, hi = paragraphs.length - 1
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (paragraphs[mid]!.start <= offset) lo = mid; else hi = mid - 1 }
  return lo
}

function wordsIn(v: TokenView, s: number, e: number): number {
  let n = 0
  for (let k = s; k < e; k++) if (v.isWord(k)) n++
  return n
}

function wordCount(v: TokenView, span: Range): number {
  let n = 0
  for (let t = v.at(span.start); t < v.count && v.start(t) < span.end; t++) if (v.isWord(t)) n++
  return n
}

function cueSpan(v: TokenView, t: number): Range {
  const w = v.lower(t)
  const end = w === 'according' && t + 1 < v.count && v.lower(t + 1) === 'to' ? v.end(t + 1) : v.end(t)
  return { start: v.start(t), end }
}

function isPast(w: string): boolean { return w.endsWith('ed') || w === 'said' || w === 'says' || w === 'told' || w === 'wrote' || w === 'writes' || w === 'adds' || w === 'tells' }
function isCloseMark(v: TokenView, i: number): boolean { const r = v.raw(i); return r === '"' || r === '”' || r === '»' || r === "'" }
function isOpenMark(v: TokenView, i: number): boolean { const r = v.raw(i); return r === '"' || r === '“' || r === '«' || r === "'" }

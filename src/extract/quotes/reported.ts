import type { Range } from '../../article/index.js'
import { claimSpans, isCloseMark, isOpenMark, spansOverlapping, titleClosingAt, wordsIn, type QuoteContext } from './context.js'
import { candidateCollector, isJudgedClass } from './filter.js'
import { candidateFeatures, type CueOrigin, type Suppression } from './filter-features.js'
import { type Cue, type NominalCue, type QuoteLexicon } from './lexicon.js'
import { dashEndingAt, dashStartingAt, isLyAdverb, isPossessive, isTimePhraseAt, LEADING_ADVERBS, phraseAfter, phraseEndingAt, POSTMODIFIER_ADJECTIVES, subjectBefore, tokenPhrase, type Phrase } from './phrase.js'
import type { TokenView } from './token-view.js'

// Verbs whose object sits between the cue and the reported clause ("told reporters that …").
const OBJECT_CUES = new Set(['tell', 'inform', 'assure', 'brief', 'warn', 'remind', 'ask', 'urge', 'encourage', 'order'])
// Prepositions that may continue an addressee before "that" ("told members of the council that …").
const INNER_OBJECT_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'on', 'for', 'with'])
// Words that open a prepositional phrase between a cue and its clause ("said in a statement on Friday that …").
const CUE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'from', 'late', 'earlier', 'later', 'last', 'this', 'yesterday', 'today'])
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'yesterday', 'today', 'tonight', 'again', 'also', 'recently', 'publicly', 'privately'])
const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'earlier', 'early', 'next'])
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter'])
const PARTICLES = new Set(['out', 'up', 'back'])
const DURATIONS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'hours', 'now', 'long', 'ages'])
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'labeled', 'labelled', 'nicknamed'])
// Words that open an introductory phrase rather than a reported clause.
const INTRODUCERS = new Set(['in', 'during', 'as', 'after', 'before', 'when', 'while', 'since', 'at', 'on', 'for', 'with', 'despite', 'asked', 'speaking', 'campaigning', 'writing', 'by', 'from', 'earlier', 'later', 'last'])
const SUBORDINATORS = new Set(['when', 'while', 'whenever', 'after', 'before', 'since', 'until', 'because', 'although', 'though', 'if', 'unless', 'once', 'as', 'according', 'speaking', 'asked', 'back', 'despite', 'having'])
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or'])
const CLAUSE_JOINERS = new Set(['though', 'although', 'but', 'while', 'and', 'whereas', 'as'])
const MIN_REPORTED_WORDS = 3
// Tokens a set-off phrase after "that" may hold ("found that, on average in 2013 and 2014 (the latest data), incomes …").
const MAX_SET_OFF = 18

interface Reported { phrase: Phrase | null; content: Range; rule: string; dropped?: boolean }

// Copies as literals in the order every Reported is made in: spread copies ({ ...r, dropped: true }) took other object
// shapes, and the code reading them was deoptimised each time one turned up.
const dropped = (r: Reported): Reported => ({ phrase: r.phrase, content: r.content, rule: r.rule, dropped: true })
const withContent = (r: Reported, content: Range): Reported => r.dropped ? { phrase: r.phrase, content, rule: r.rule, dropped: true } : { phrase: r.phrase, content, rule: r.rule }

/**
 * Reported speech, sentence by sentence: cue verbs outside quotation marks with their speaker and
 * clause. A clause holding quoted words is represented by those quotes (direct, `clause` set).
 */
export function findReported(ctx: QuoteContext, sentences: readonly Range[]): void {
  const { v, lex, inQuote, found } = ctx
  const collect = candidateCollector()
  const filter = ctx.filter
  // Broad candidate forms are read only when something judges them (the filter, or the training script collecting them).
  const adding = collect !== null || filter?.adds() === true
  const candidates = adding ? lex.candidates : null
  // Cue-indexed: the cue words of the whole article are found in one tight pass; sentences without one are skipped.
  const cues = cueTokens(v, lex, candidates)
  let ci = 0
  for (const sentence of sentences) {
    const a = v.at(sentence.start), b = v.at(sentence.end)
    while (ci < cues.length && cues[ci]! < a) ci++
    // Verbs are lower-case ("States", "Editor's Note" are not cues); only a sentence-initial "According" or "Asked" is capitalised.
    const opening = a < b && v.isCapital(a) && (v.lower(a) === 'according' || v.lower(a) === 'asked') ? a : -1
    const container = a < b && v.isCapital(a) && v.lower(a) === 'in' ? inContainer(v, lex, a, b, inQuote) : null
    if (opening < 0 && !container && (ci >= cues.length || cues[ci]! >= b)) continue
    const here: Candidate[] = []
    for (let i = opening >= 0 ? ci - 1 : ci; i < cues.length; i++) {
      const t = i < ci ? opening : cues[i]!
      if (t >= b) break
      if (inQuote[t]! >= 0) continue
      const passive = lex.passiveForms.has(v.lower(t)) ? passivePerception(v, lex, a, b, t) : null
      if (passive) { here.push({ t, r: passive, origin: 'passive', cueClass: 'passive' }); continue }
      const cue = lex.cues.get(v.lower(t))
      const nominal = lex.nominals.get(v.lower(t))
      if (nominal && (!cue || isNounUse(v, lex, t, a))) {
        const r = nominalCue(v, lex, nominal, a, b, t)
        if (r) here.push({ t, r, origin: 'nominal', cueClass: 'nominal' })
        continue
      }
      const candidate = !cue && candidates ? candidates.get(v.lower(t)) : undefined
      const c = cue ?? candidate
      // "read" reports only after a quote ("…," the statement read), which the direct pass handles.
      if (!c || (c.class === 'evaluative' && !c.object) || c.lemma === 'read' || isNounUse(v, lex, t, a)) continue
      const r = reported(v, lex, c, a, b, t, inQuote)
      if (r) here.push({ t, r, origin: t === opening ? 'opening' : candidate ? 'candidate' : c.id.startsWith('cue.derived.') ? 'derived' : 'hand', cueClass: c.class })
    }
    // "In a poll released Monday, CLAUSE" — unless a verb in the sentence names its own source ("In a statement, X said …").
    // Broad candidates never reshape the hand rules' attributions.
    const ruled = adding ? here.filter((h) => h.origin !== 'candidate') : here
    if (container && (ruled.length === 0 || ruled.every((h) => isPollShare(v, lex, h.r.phrase)))) {
      const finding: Candidate = { t: a, r: container, origin: 'opening', cueClass: 'source' }
      here.push(finding)
      if (ruled !== here) ruled.push(finding)
    }
    endBeforeNextAttribution(v, lex, ruled, a)
    // "According to a survey, 51 percent said …", "In a poll released Monday, most said …": the poll's finding is the whole
    // clause, the shares it reports are the poll speaking — attributions inside it are no attributions of their own.
    const poll = ruled.find((h) => !h.r.dropped && h.r.phrase && namesPoll(v, lex, h.r.phrase))
    if (poll) for (const o of here) if (o !== poll && v.start(o.t) >= poll.r.content.start && v.end(o.t) <= poll.r.content.end) o.r = dropped(o.r)
    for (const h of here) {
      const { t, r } = h
      const suppressed: Suppression = r.dropped ? 'dropped'
        // "Xi said CLAUSE, according to state media": the attribution nested in the clause is the one to keep.
        : r.rule.startsWith('according-to') && ruled.some((o) => o.t !== t && !o.r.dropped && !NESTABLE.has(o.r.rule) && v.start(o.t) >= r.content.start && v.end(o.t) <= r.content.end) ? 'according'
        : here.length > 1 && isNestable(v, lex, r, t) && ruled.some((o) => o.t !== t && !o.r.dropped && v.start(t) >= o.r.content.start && v.end(t) <= o.r.content.end) ? 'nested'
        : ''
      const base = suppressed === '' && h.origin !== 'candidate'
      // The filter adds only broad candidate cues standing on their own: nested attributions stay part of the one holding them
      // (the seed gold and an analyst read them so; kept by the filter they cost the seed's indirect precision 1.0 → 0.25).
      if (!base && (suppressed !== '' || !adding)) continue
      if (collect || (filter?.judges(base) && isJudgedClass(h.cueClass, base))) {
        const features = candidateFeatures(v, lex, { t, a, b, phrase: r.phrase, content: r.content, rule: r.rule, origin: h.origin, cueClass: h.cueClass })
        if (collect) collect({ cueStart: v.start(t), features, base })
        else if (!filter!.keeps(features, base)) continue
      }
      const order = v.start(t)
      // What the filter adds never takes quoted words from the attributions the rules make.
      if (!base && spansOverlapping(ctx.spans, r.content).length) continue
      // A quote reaching beyond the sentence (several quoted sentences before "…," X said) widens the clause to hold it.
      const quoted = claimSpans(ctx, r.content, (span) => ({ start: span.start, end: span.end, direct: true, cue: t, phrase: r.phrase, follows: -1, rule: `direct.${r.rule}`, clause: cover(r.content, span), order }))
      if (!quoted) found.push({ start: r.content.start, end: r.content.end, direct: false, cue: t, phrase: r.phrase, follows: -1, rule: `reported.${r.rule}`, clause: null, order })
    }
  }
}

/** A cue in a sentence with its reading; `origin` and `cueClass` are features for the learned filter. */
interface Candidate { t: number; r: Reported; origin: CueOrigin; cueClass: string }

function namesPoll(v: TokenView, lex: QuoteLexicon, p: Phrase): boolean {
  for (let k = p.start; k < p.end; k++) if (lex.sourceContainers.has(v.lower(k))) return true
  return false
}

/** A speaker phrase that is a share of those polled ("51 percent of respondents", "most", "two in three"). */
function isPollShare(v: TokenView, lex: QuoteLexicon, p: Phrase | null): boolean {
  if (!p) return false
  for (let k = p.start; k < p.end; k++) {
    const w = v.lower(k)
    if (w === 'percent' || w === '%' || w.endsWith('%') || w === 'majority' || w === 'most' || w === 'half' || (w === 'in' && k > p.start && k + 1 < p.end)) return true
  }
  return false
}

function cover(a: Range, b: Range): Range { return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } }

// Stances and intentions inside another attribution's clause ("said he planned to vote …") are part of what was said.
const NESTABLE = new Set(['speaker-stance-object', 'speaker-intention', 'nominal'])
// So are beliefs, impressions, requests and perceptions ("said she thinks the House is within reach", "said it seems …"):
// on the PolNeAR train split such nested attributions were right 8–17% of the time, the outer one holds them.
const NESTABLE_WHEN_INSIDE = new Set(['impression', 'speaker-request', 'passive-perception'])

function isNestable(v: TokenView, lex: QuoteLexicon, r: Reported, t: number): boolean {
  if (NESTABLE.has(r.rule) || NESTABLE_WHEN_INSIDE.has(r.rule)) return true
  return lex.cues.get(v.lower(t))?.class === 'belief'
}

/** Indices of the lower-case tokens that are cue forms, in text order. */
function cueTokens(v: TokenView, lex: QuoteLexicon, candidates: Map<string, Cue> | null): number[] {
  const { text, starts, ends } = v
  const out: number[] = []
  for (const i of (candidates ? lex.candidateFilter : lex.cueFilter).scan(text, starts, ends)) {
    const s = starts[i]!, c = text.charCodeAt(s)
    if (c < 97 || c > 122) continue
    // The raw form is the key: a word that opens lower-case and is not all lower-case ("iPhone") is no cue.
    const w = text.slice(s, ends[i]!)
    if (lex.cues.has(w) || lex.nominals.has(w) || lex.passiveForms.has(w) || candidates?.has(w)) out.push(i)
  }
  return out
}

/** "X said CLAUSE, though she acknowledged CLAUSE2": the first clause ends where the second attribution begins. */
function endBeforeNextAttribution(v: TokenView, lex: QuoteLexicon, here: Candidate[], a: number): void {
  for (const h of here) {
    for (const o of here) {
      // A stance verb inside the clause ("reported the email came after X proposed a ban") is part of it, not a second attribution.
      if (o === h || !o.r.phrase || o.r.rule.startsWith('according-to') || NESTABLE.has(o.r.rule)) continue
      const ps = v.start(o.r.phrase.start)
      if (ps <= h.r.content.start || ps >= h.r.content.end || v.start(o.t) >= h.r.content.end) continue
      let k = o.r.phrase.start - 1
      // "asked if he believed …": a speaker right after the clause opens is a nested attribution, not a second clause.
      if (!(CLAUSE_JOINERS.has(v.lower(k)) || v.is(k, ','))) continue
      while (k > a && (CLAUSE_JOINERS.has(v.lower(k)) || v.is(k, ','))) k--
      const cut = clauseRange(v, v.at(h.r.content.start), k + 1, lex)
      h.r = cut ? withContent(h.r, cut) : dropped(h.r) // "shows footage of | Trump saying …": nothing of its own left
    }
  }
}

/** A reported-speech clause around cue token `t` in the sentence [a, b). (In three functions rather than one long one:
 *  the optimising compiler recompiles a function whenever a branch it never saw runs, and a long one costs more each time.) */
function reported(v: TokenView, lex: QuoteLexicon, cue: Cue, a: number, b: number, t: number, inQuote: Int32Array): Reported | null {
  const framed = framedCue(v, lex, cue, a, b, t, inQuote)
  if (framed !== undefined) return framed
  const w = v.lower(t)
  // A participle ("…, saying …", "tweets early Friday saying that …") or a second verb ("… and said …") reports for the sentence's subject.
  // "footage of Trump saying …": a participle right after a name reports for that name.
  // "polls showing …": a source noun right before the participle is its subject too.
  // "issued a statement saying …", "sent an email saying …": the statement speaks for whoever issued it, the sentence's subject.
  const nameBefore = t > a && (v.isCapital(t - 1) && !lex.stopWords.has(v.lower(t - 1)) || lex.pronouns.has(v.lower(t - 1)) || lex.sourceNouns.has(v.lower(t - 1))) && !isIssuedMessage(v, lex, a, t - 1)
  const participle = w.endsWith('ing') && ((!nameBefore && !isProgressive(v, lex, a, t)) || isIssuedMessageTo(v, lex, a, t))
  // "He had a voice in Kyiv, said a former spokesman, Oleg Voloshyn, who …": after a comma, a speaker phrase following the cue
  // and closing its own segment makes the words before the comma the content (not "Kyiv" the speaker of what follows).
  if (!participle && v.is(t - 1, ',') && wordsIn(v, a, t) >= 6) {
    const inv = inverted(v, lex, cue, a, b, t)
    if (inv && inv.phrase && (lex.determiners.has(v.lower(inv.phrase.start)) || v.isCapital(inv.phrase.start))) return inv
  }
  let phrase = participle ? withAbsoluteSubject(v, lex, a, t) ?? participleSubject(v, lex, a, t)
    : listedVerb(v, lex, a, t) ? sentenceSubject(v, lex, a, t)
    : afterAnd(v, lex, a, t) ? (pronounOfFirstVerb(v, lex, a, t) ?? subordinateSubject(v, lex, a, t) ?? sentenceSubject(v, lex, a, t))
    : subjectBefore(v, lex, a, t) ?? coordinatedSubject(v, lex, a, t) ?? catenativeSubject(v, lex, a, t)
  // "Rattling off promises to …, Clinton promised …": a participle phrase opening the sentence is no speaker; the main clause's
  // subject after its comma is.
  if (phrase && opensWithParticiplePhrase(v, a, phrase)) phrase = mainClauseSubject(v, lex, t, b)
  if (!phrase) {
    const other = impersonalPassive(v, lex, b, t) ?? asAttribution(v, lex, cue, null, a, b, t) ?? inverted(v, lex, cue, a, b, t)
    if (other) return other
    // "Friends, lobbyists and former foes say …", "People with knowledge of the talks said …": the whole subject names the speaker.
    phrase = wholeSubject(v, lex, a, t)
    if (!phrase) return null
  }
  // "a program called Sandy Hook Promise", "a worker named Antonio": an indefinite noun before a naming participle is named, not speaking.
  // "A group of rabbis called for a boycott" is no naming: a preposition follows.
  if (NAMING_PARTICIPLES.has(w) && phrase.end === t && (v.lower(phrase.start) === 'a' || v.lower(phrase.start) === 'an') && v.isLowerAscii(t - 1) && !(t + 1 < b && OBJECT_PREPOSITIONS.has(v.lower(t + 1)))) return null
  const as = asAttribution(v, lex, cue, phrase, a, b, t)
  if (as) return as
  // Generic "you" ("you know where …") is no speaker.
  if (phrase.end - phrase.start === 1 && v.lower(phrase.start) === 'you') return null
  // "It shows …", "This means …": a thing's belief verb is no attribution.
  if (cue.class === 'belief' && phrase.end - phrase.start === 1 && (v.lower(phrase.start) === 'it' || v.lower(phrase.start) === 'this')) return null
  if (cue.infinitive) {
    const intention = infinitiveClause(v, lex, phrase, b, t)
    if (intention) return intention
    // "offered an apology": an intention verb with a listed object reports it; otherwise it reports nothing without "to".
    if (cue.class === 'intention') return cue.object ? stanceObject(v, lex, cue, phrase, b, t, inQuote) : null
  }
  if (cue.class === 'evaluative') return stanceObject(v, lex, cue, phrase, b, t, inQuote)
  return clauseAfterCue(v, lex, cue, phrase, a, b, t, inQuote)
}

/** "The race tightened, with Cruz repeatedly calling Trump a liar", "with three in 10 saying …": the noun phrase after "with"
 *  is the participle's subject. */
function withAbsoluteSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  if (!hasWordBefore(v, a, t, 'with')) return null
  let j = t - 1
  while (j > a && (PROGRESSIVE_ADVERBS.has(v.lower(j)) || isLyAdverb(v, j) || v.lower(j) === 'all')) j--
  const p = phraseEndingAt(v, lex, a, j)
  // "with a speech denouncing …": a speech, statement or post speaks for its author.
  if (!p || lex.speechEvents.has(v.lower(p.end - 1))) return null
  return p.start - 1 >= a && v.lower(p.start - 1) === 'with' && v.isLowerAscii(p.start - 1) ? p : null
}

const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', "isn't", 'isn’t', "wasn't", 'wasn’t', "aren't", 'aren’t', "weren't", 'weren’t'])
const PROGRESSIVE_ADVERBS = new Set(['also', 'now', 'still', 'not', 'already', 'just', 'really', 'even', 'again', 'increasingly', 'once'])

/** "Trump is arguing that …", "he’s hoping …", "they were calling for …": an -ing cue after a form of be is the finite verb
 *  of its own subject, not a participle of the sentence's. */
function isProgressive(v: TokenView, lex: QuoteLexicon, a: number, t: number): boolean {
  let j = t - 1
  while (j > a && (PROGRESSIVE_ADVERBS.has(v.lower(j)) || isLyAdverb(v, j))) j--
  if (j <= a) return false
  const w = v.lower(j)
  if (PROGRESSIVE_BE.has(w)) return true
  const m = /^([a-z]+)['’](s|re|m)$/.exec(w)
  return m !== null && lex.pronouns.has(m[1]!) && lex.pronouns.get(m[1]!) !== 'relative'
}

/** The phrase starts the sentence with a capitalised -ing word before a lower-case one ("Rattling off", "Using a"). */
function opensWithParticiplePhrase(v: TokenView, a: number, p: Phrase): boolean {
  if (p.start !== a || a + 1 >= v.count || !v.isCapital(a) || !v.isLowerAscii(a + 1)) return false
  const w = v.lower(a)
  return w.length > 5 && w.endsWith('ing')
}

/** The subject after the first comma past the cue: the main clause after an opening participle phrase. */
function mainClauseSubject(v: TokenView, lex: QuoteLexicon, t: number, b: number): Phrase | null {
  let k = t + 1
  while (k < b && !v.is(k, ',')) k++
  if (k + 1 >= b) return null
  const p = phraseAfter(v, lex, k + 1, b)
  return p && (v.isCapital(p.start) || lex.pronouns.has(v.lower(p.start)) || lex.determiners.has(v.lower(p.start))) ? p : null
}

/** Cues that report only in a frame of their own ("as X put it", "according to X", "asked …", "is expected to …"):
 *  what they report, or undefined for any other cue. */
function framedCue(v: TokenView, lex: QuoteLexicon, cue: Cue, a: number, b: number, t: number, inQuote: Int32Array): Reported | null | undefined {
  const w = v.lower(t)
  if (cue.lemma === 'make clear') return madeClear(v, lex, a, b, t)
  // "As Smith put it, …", "…, as one aide puts it.": "put" reports only in this frame.
  if (cue.lemma === 'put it') {
    const subject = t + 1 < b && v.lower(t + 1) === 'it' ? subjectBefore(v, lex, a, t) : null
    return subject && asAttribution(v, lex, { ...cue, class: 'speech' }, subject, a, b, t + 1)
  }
  // "Four in 10 voters see the campaign as unfair": "see" and "saw" report only with "as" after their object.
  // "saw that Obama could win" reports a belief too (not "saw the film": literal seeing).
  if (cue.lemma === 'see as' && !seenAs(v, lex, b, t) && !(t + 1 < b && v.lower(t + 1) === 'that' && t + 2 < b && !v.isOneOf(t + 2, '.,;'))) return null
  if (w === 'asked' && (t === a || v.lower(t - 1) === 'when')) return askedIntro(v, lex, a, b, t)
  if (cue.lemma === 'expect' && w === 'expected') return passiveExpectation(v, lex, a, b, t)
  if (w === 'asked' && t - 1 > a && BE_FORMS.has(v.lower(t - 1))) return passiveQuestion(v, lex, b, t)
  if (cue.lemma === 'reportedly') return unsourcedReport(v, lex, a, b, t)
  if (cue.class === 'raising') return impression(v, lex, a, b, t)
  // "…," X said, citing low growth': what the speaker cites is attributed to the speaker, like a participle's object.
  if (cue.class === 'source' && w === 'citing' && t > a && v.is(t - 1, ',')) {
    const subject = participleSubject(v, lex, a, t)
    return subject && stanceObject(v, lex, { ...cue, class: 'evaluative', object: true }, subject, b, t, inQuote)
  }
  if (cue.class === 'source') {
    if (w !== 'according' || t + 1 >= b || v.lower(t + 1) !== 'to') return null
    const phrase = phraseAfter(v, lex, t + 2, b)
    if (!phrase) return null
    // "According to X, CLAUSE." — also after a short introductory phrase ("In addition, according to X, CLAUSE").
    if (t === a || (v.is(t - 1, ',') && wordsIn(v, a, t) < 4)) {
      let k = phrase.end
      while (k < b && !v.is(k, ',')) k++
      const content = clauseRange(v, k + 1, b, lex)
      return content ? { phrase, content, rule: 'according-to-first' } : null
    }
    // "CLAUSE, according to X" — the comma is often left out ("Clinton leads by 271 delegates according to a count by …").
    // "At the heart of it, according to X, was …": set off inside its clause, the whole sentence is the content.
    const head = clauseRange(v, a, v.is(t - 1, ',') ? t - 1 : t, lex)
    const inside = head && v.is(t - 1, ',') ? closingCommaAfter(v, phrase.end, b) : -1
    const tail = inside >= 0 ? clauseRange(v, inside + 1, b, lex, 1) : null
    const content = head && tail ? { start: head.start, end: tail.end } : head
    return content ? { phrase, content, rule: 'according-to' } : null
  }
  return undefined
}

/** The clause a cue with its speaker phrase reports: after it ("X said (that) CLAUSE"), around it, or before it
 *  ("CLAUSE, X said"). */
function clauseAfterCue(v: TokenView, lex: QuoteLexicon, cue: Cue, phrase: Phrase, a: number, b: number, t: number, inQuote: Int32Array): Reported | null {
  // `"…," X told Y in an interview`: the quote before is what was said, not the words after.
  const before = phrase.start - 1
  const afterQuote = before > a && (isCloseMark(v, before) || (v.is(before, ',') && isCloseMark(v, before - 1))) && !titleClosingAt(v, inQuote, v.is(before, ',') ? before - 1 : before)
  // "X said (that) CLAUSE."
  let k = afterQuote && OBJECT_CUES.has(cue.lemma) ? b : t + 1
  // "said — on Twitter, as it happens — that …": an aside between dashes right after the cue.
  if (k + 1 < b && dashStartingAt(v, k)) {
    let m = k + dashStartingAt(v, k)
    while (m < b && m - k < 24 && !dashStartingAt(v, m)) m++
    if (m < b - 1) k = m + dashStartingAt(v, m)
  }
  if (k < b && PARTICLES.has(v.lower(k))) k++ // "pointed out that"
  if (OBJECT_CUES.has(cue.lemma)) {
    const obj = phraseAfter(v, lex, k, b, false)
    if (obj && v.lower(k) !== 'that') k = obj.end
    // "told members of the AFL-CIO council that …": the addressee's modifiers run on to "that".
    if (obj && k < b && INNER_OBJECT_PREPOSITIONS.has(v.lower(k))) {
      let m = k + 1
      while (m < b && m - k < 10 && v.lower(m) !== 'that' && !v.is(m, ',') && !(v.isLowerAscii(m) && lex.cues.has(v.lower(m)))) m++
      if (m < b && v.lower(m) === 'that') k = m
    }
    // "asked the department to preserve the records", "urged Congress to act": the addressee and the request are the content.
    if (obj && !afterQuote && k < b && v.lower(k) === 'to') {
      const content = clauseRange(v, obj.start, objectEnd(v, k, b, lex), lex)
      if (content) return { phrase, content, rule: 'speaker-request' }
    }
  }
  // "asked the mayor how she …", "asked whether the agency …": the question is the reported content.
  if (cue.lemma === 'ask' && !afterQuote && k < b && QUESTION_OPENERS.has(v.lower(k))) {
    const content = clauseRange(v, k, b, lex)
    if (content) return { phrase, content, rule: 'speaker-cue-clause' }
  }
  // "said Friday afternoon, as …", "said on Tuesday the bill …", "said last week that …"
  for (;;) {
    if (k < b && TIME_WORDS.has(v.lower(k))) { k++; continue }
    // "has said for weeks he …", "said for the first time that …"
    if (k + 1 < b && v.lower(k) === 'for' && DURATIONS.has(v.lower(k + 1))) { k += 2; continue }
    if (k + 3 < b && v.lower(k) === 'for' && v.lower(k + 1) === 'the' && v.lower(k + 3) === 'time') { k += 4; continue }
    if (k + 1 < b && TIME_LEADS.has(v.lower(k)) && (TIME_WORDS.has(v.lower(k + 1)) || PERIODS.has(v.lower(k + 1)))) { k += 2; continue }
    break
  }
  // "complained to CBS that …", "said to reporters that …" (but not "told to", whose object came first).
  // "say this is a rough patch": "this" opens a time phrase only before a period of time ("said this month").
  const demonstrative = k + 1 < b && v.lower(k) === 'this' && !PERIODS.has(v.lower(k + 1)) && !TIME_WORDS.has(v.lower(k + 1))
  if (k < b && !demonstrative && (CUE_PREPOSITIONS.has(v.lower(k)) || (v.lower(k) === 'to' && cue.class === 'speech' && !OBJECT_CUES.has(cue.lemma) && !cue.objectAfter?.includes('to')))) {
    let m = k
    // "said after the convention he would …": a subject pronoun after the phrase opens the clause without "that".
    const pronounOpens = v.lower(k) !== 'to' // "responded to a question about how she …" is no clause of the reply
    while (m < b && m - k < 10 && v.lower(m) !== 'that' && !v.is(m, ',') && !v.is(m, ':') && !(pronounOpens && m > k + 1 && isSubjectPronoun(lex, v.lower(m)))) m++
    if (m < b && v.lower(m) !== 'that' && isSubjectPronoun(lex, v.lower(m))) k = m
    else if (m < b && v.lower(m) === 'that') k = m
    else if (m < b && v.is(m, ',')) k = m + 1 < b && isCueParticiple(lex, v.lower(m + 1)) ? b : m + 1 // "said at a rally, adding …"
    else if (m < b && v.is(m, ':')) k = m
    else if (m >= b - 1) k = b // "said this month on CNBC.": only a phrase of time or place follows
  }
  // "a finish that he said defied expectations", "which she hopes will …": the relative word before the speaker is the clause's subject.
  if (k === t + 1 && (cue.class === 'speech' || cue.class === 'belief') && k < b && isRelativeGap(v, lex, phrase, k)) {
    const content = clauseRange(v, k, secondPredicate(v, lex, k, b, inQuote), lex, 2)
    if (content) return { phrase, content, rule: 'speaker-cue-relative' }
  }
  // "Many of the closures, he said, have involved …": the attribution sits inside its clause (checked before "said, if elected, …").
  const inside = parenthetical(v, lex, cue, phrase, a, b, t, inQuote)
  if (inside) return inside
  // "joked about moving to New Zealand", "complained bitterly about the rules": a speech verb's topic is what it reports.
  // A speech verb's own "objectAfter" words open its object too ("pointed to the poll").
  const topicWord = k === t + 1 && cue.class === 'speech' && k < b ? v.lower(k) : ''
  if ((topicWord === 'about' || cue.objectAfter?.includes(topicWord)) && !opensClauseAnyway(v, k, b)) {
    const topic = stanceObject(v, lex, { ...cue, object: true, objectAfter: [topicWord] }, phrase, b, t, inQuote)
    if (topic) return topic
  }
  let sawThat = k < b && v.lower(k) === 'that'
  if (k < b && (v.lower(k) === 'that' || v.is(k, ':'))) k++
  // "believes that is because …": a demonstrative "that" is the clause's subject, not its complementizer.
  if (sawThat && k < b && FINITE.has(v.lower(k))) k--
  if (k + 1 < b && v.is(k, ',') && isOpenMark(v, k + 1)) k++ // "boasted, “That makes me smart.”"
  // "said that, if elected, he would …": a set-off phrase before the clause's subject.
  else if (k < b && v.is(k, ',')) {
    let m = k + 1
    while (m < b && m - k < MAX_SET_OFF && !v.is(m, ',')) m++
    // `"…," she said, but Kevin was drifting off`: a conjunction after the cue's comma opens the narrator's clause (not in
    // "said, but only once, that …").
    if (!sawThat && k + 1 < b && LEADING_CONJUNCTIONS.has(v.lower(k + 1)) && !(m < b - 1 && v.lower(m + 1) === 'that')) k = b
    else if (m < b - 1 && v.is(m, ',')) {
      k = m + 1
      if (!sawThat && k < b - 1 && v.lower(k) === 'that') { sawThat = true; k++ } // "said, but only once, that …"
    }
  }
  // `"…," he said aboard the bus`: after a quote, only "that" or a new quote opens a clause after the cue.
  const quoteBefore = afterQuote && !sawThat && !(k < b && isOpenMark(v, k))
  if (!quoteBefore && (k < b && (sawThat || !lex.notClauseStart.has(v.lower(k)) || opensClauseAnyway(v, k, b)) && inQuote[k]! < 0 || k < b && isOpenMark(v, k))) {
    // "The senator, who said the bill was flawed, voted …": a relative clause set off by commas ends at its closing comma.
    let end = b
    if (isRelative(v, lex, phrase) && phrase.start - 1 > a && v.is(phrase.start - 1, ',')) for (let m = k + 1; m < b; m++) if (v.is(m, ',') && inQuote[m]! < 0) { end = m; break }
    // "Trump - who previously said he would … - said …": between dashes, at the closing dash.
    if (isRelative(v, lex, phrase) && phrase.start - 1 > a && dashEndingAt(v, phrase.start - 1)) for (let m = k + 1; m < b; m++) if (dashStartingAt(v, m, b) && inQuote[m]! < 0) { end = m; break }
    end = secondPredicate(v, lex, k, end, inQuote)
    for (let m = k + 2; m < end; m++) if (inQuote[m]! < 0 && isCircumstance(v, lex, m, end)) { end = m; break }
    // "Although he said he liked the plan, the mayor voted …": a clause inside a fronted subordinate ends at its comma.
    if (opensWithSubordinator(v, a, phrase.start)) for (let m = k + 2; m < end - 1; m++) if (v.is(m, ',') && inQuote[m]! < 0 && (isSubjectPronoun(lex, v.lower(m + 1)) || subjectWithVerbAt(v, lex, m + 1, end))) { end = m; break }
    const content = clauseRange(v, k, end, lex) ?? shortClause(v, lex, k, end)
    // A belief verb reports a clause only with "that" ("believes that …"); "expects the deal to …" is no quote.
    // After "to" ("went on to say …") a speech verb's bare object ("to announce my running mate") is no clause.
    const bareOk = cue.class === 'speech' ? !(t - 1 > a && v.lower(t - 1) === 'to') || isOpenMark(v, k) || finiteSoon(v, k, b) : cue.bare === true && opensBareClause(v, lex, k, b)
    const reports = sawThat || bareOk
    if (content && reports) return { phrase, content, rule: 'speaker-cue-clause' }
  }
  // "A poll shows him leading": a belief verb with no clause may still report its object.
  // A belief verb's object is its content too ("knew the risks", "agreed on a budget", "a poll shows him leading"), but not
  // a to-clause ("agreed to deepen ties": an act), a pronoun ("know him well") or one lower-case word ("agree on little").
  // "…, records show.", "…, analysts believe.": a belief verb closing its sentence after a comma reports the clause before it.
  const closing = t + 1 >= b || v.isOneOf(t + 1, '.!?')
  if (cue.class === 'belief' && !closing && (cue.object || (t + 1 < b && v.lower(t + 1) !== 'to' && !OBJECT_PRONOUNS.has(v.lower(t + 1))))) {
    const object = stanceObject(v, lex, cue, phrase, b, t, inQuote)
    return object && (cue.object || !isOneLowerWord(v, object.content)) ? object : null
  }
  // "CLAUSE, X said." — not "the speech, which warned …": a relative pronoun's antecedent is no clause.
  const comma = phrase.start - 1
  if (comma > a && (v.is(comma, ',') || isCloseMark(v, comma)) && (cue.class === 'speech' || (cue.class === 'belief' && closing)) && !isRelative(v, lex, phrase)) {
    const content = clauseRange(v, a, sepBefore(v, comma, a), lex)
    // "During his years in office, Obama said …", "But when Congress cut funding, Mexico said …": an introductory phrase is not what was said.
    let first = a
    while (first < comma && LEADING_CONJUNCTIONS.has(v.lower(first))) first++
    // "As a woman, she raised less suspicion, X said": a comma inside means a clause follows the introductory phrase.
    const intro = (SUBORDINATORS.has(v.lower(first)) || (INTRODUCERS.has(v.lower(first)) && wordsIn(v, a, comma) < 10)) && !hasComma(v, first, sepBefore(v, comma, a))
    if (content && !intro) return { phrase, content, rule: 'clause-speaker-cue' }
  }
  return inverted(v, lex, cue, a, b, t)
}

/** "Climate change, Mr. Obama often says, is the greatest threat": the attribution sits inside its clause. */
function parenthetical(v: TokenView, lex: QuoteLexicon, cue: Cue, phrase: Phrase, a: number, b: number, t: number, inQuote: Int32Array): Reported | null {
  // "The plan, tech executives say, failed": modifiers the speaker phrase left out may sit between the comma and it.
  let comma = phrase.start - 1
  while (comma > a && phrase.start - comma <= MAX_LEFT_MODIFIERS && v.isLowerAscii(comma) && !lex.stopWords.has(v.lower(comma)) && !lex.cues.has(v.lower(comma))) comma--
  if (isRelative(v, lex, phrase) || !(comma > a && v.is(comma, ',') && t + 1 < b && v.is(t + 1, ',') && (cue.class === 'speech' || cue.class === 'belief') && inQuote[comma - 1]! < 0 && inQuote[t + 2]! < 0)) return null
  // "Still, he said, officials have to …": a lone introductory word is no part of the clause, which follows the cue.
  const lone = wordsIn(v, a, comma) === 1
  const content = clauseRange(v, lone ? t + 2 : a, narratorClauseAt(v, t + 2, b, inQuote), lex)
  return content && wordsIn(v, t + 2, b) >= 2 ? { phrase, content, rule: 'parenthetical' } : null
}

// Relative words that may stand for the subject of a reported clause ("the tax, which he says will …"). A free relative
// ("in what the US has said was a prelude …") is left out: the seed gold does not count it, and PolNeAR train is split on it.
const GAP_RELATIVES = new Set(['which', 'that', 'who'])

/** The speaker follows a relative word and the cue a finite or past verb whose subject is that word. */
function isRelativeGap(v: TokenView, lex: QuoteLexicon, phrase: Phrase, k: number): boolean {
  const before = phrase.start - 1
  if (before < 0 || !GAP_RELATIVES.has(v.lower(before)) || phrase.end - phrase.start > 3) return false
  const w = v.lower(k)
  return FINITE.has(w) || (v.isLowerAscii(k) && w.length > 4 && w.endsWith('ed') && !lex.cues.has(w))
}

const MAX_SEEN_OBJECT = 12

/** "see X as Y": an "as" after a short object with no punctuation or verb between ("saw the vote as a test"). */
export function seenAs(v: TokenView, lex: QuoteLexicon, b: number, t: number): boolean {
  for (let k = t + 2; k < b && k - t <= MAX_SEEN_OBJECT; k++) {
    if (!v.isWord(k) || (v.isLowerAscii(k) && FINITE.has(v.lower(k)))) return false
    if (v.lower(k) === 'as') return true
  }
  return false
}

/** How many tokens a dash starting at token `k` takes: 1 for — or –, 2 for a double hyphen, 0 when there is none. */
function isSubjectPronoun(lex: QuoteLexicon, w: string): boolean {
  const kind = lex.pronouns.get(w)
  return kind !== undefined && kind !== 'relative' && kind !== 'second'
}

const MAX_LEFT_MODIFIERS = 3

function isRelative(v: TokenView, lex: QuoteLexicon, p: Phrase): boolean {
  return p.end - p.start === 1 && lex.pronouns.get(v.lower(p.start)) === 'relative'
}

// Words that, after a comma, end a stance verb's object ("backed the plan, which …", "criticised X, but said …").
export const OBJECT_ENDS = new Set(['but', 'while', 'which', 'who', 'whom', 'whose', 'where', 'whereas', 'although', 'though', 'because', 'and', 'so', 'yet', 'then'])

const PHRASE_BEFORE_TOPIC = new Set(['at', 'to', 'with', 'in', 'on', 'during', 'before'])
const MAX_PHRASE_BEFORE_TOPIC = 8
const OBJECT_PREPOSITIONS = new Set(['for', 'on', 'about', 'to', 'against'])
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the'])
// A particle, a passive agent ("backing down", "proposed by") or a preposition of source or range ("support from older voters",
// "backing among workers": a noun) leaves a stance verb no object. "in", "with", "at", "of" were tried: PolNeAR counts more of them.
const NO_OBJECT_AFTER = new Set(['up', 'down', 'off', 'away', 'by', 'out', 'back', 'from', 'among', 'across', 'within', 'during', 'since'])

/** "X supported the bill", "X called for a ban on …": a stance verb's object is the attributed content. */
function stanceObject(v: TokenView, lex: QuoteLexicon, cue: Cue, phrase: Phrase, b: number, t: number, inQuote: Int32Array): Reported | null {
  let s = t + 1
  if (cue.objectAfter && s + 1 < b && isLyAdverb(v, s) && cue.objectAfter.includes(v.lower(s + 1))) s++
  // "spoke at the White House on Tuesday about rights", "talked to reporters about X": a short phrase before "about".
  else if (cue.objectAfter?.includes('about') && s < b && PHRASE_BEFORE_TOPIC.has(v.lower(s))) {
    let m = s + 1
    while (m < b && m - s <= MAX_PHRASE_BEFORE_TOPIC && v.isWord(m) && v.lower(m) !== 'about' && !(v.isLowerAscii(m) && lex.cues.has(v.lower(m)))) m++
    if (m < b && v.lower(m) === 'about') s = m
  } // "talking proudly of"
  if (cue.objectAfter && !(s < b && cue.objectAfter.includes(v.lower(s)))) return null // "spoke about X", not "spoke to reporters"
  // "backing down", "showing up", "proposed by the government": a particle or a passive agent, no object.
  if (!cue.objectAfter && s < b && NO_OBJECT_AFTER.has(v.lower(s))) return null
  // "spoke out (sharply) against X": a particle listed in objectAfter, then its preposition.
  if (cue.objectAfter && s + 1 < b && v.lower(s) === 'out') { s++; if (s + 1 < b && isLyAdverb(v, s)) s++; if (!OBJECT_PREPOSITIONS.has(v.lower(s))) return null }
  if (s < b && (OBJECT_PREPOSITIONS.has(v.lower(s)) || (cue.objectAfter?.includes('of') && v.lower(s) === 'of'))) s++ // "called for", "talked about", "referred to"
  if (s < b && (inQuote[s]! >= 0 || isOpenMark(v, s))) return null // "praised the “…”" is the direct pass's partial quote
  let e = objectEnd(v, s, b, lex)
  // Quoted words in the rest of the clause ("condemned X and praised the “…”"): the direct pass attributes them, with the clause
  // (the seed gold counts that one attribution). Past an object closed otherwise ("called for X to quit, calling him “…”")
  // they belong to another attribution.
  const coordinated = e < b && (v.lower(e) === 'and' || v.lower(e) === 'but')
  const scanTo = coordinated ? b : e
  for (let k = s; k < scanTo && !v.is(k, ';') && !(v.is(k - 1, ',') && OBJECT_ENDS.has(v.lower(k))); k++) if (inQuote[k]! >= 0 || isOpenMark(v, k)) return null
  // "A group backing Mayor Lind raised …": a participle's object ends before the finite verb of the sentence.
  // Not when the object is a question ("determining how much the billionaires have", "talking about how the country is …").
  if (v.lower(t).endsWith('ing') && !v.is(t - 1, ',') && !QUESTION_OPENERS.has(v.lower(s))) for (let m = s + 1; m < e; m++) if (FINITE.has(v.lower(m)) || (v.isLowerAscii(m) && /ed$/.test(v.lower(m)) && v.isCapital(m - 1))) { e = m; break }
  // "endorsed Trump in early June", "voiced those worries on Sunday": when it was said or done is no part of the stance.
  for (let m = s + 1; m < e; m++) if (isTimePhraseAt(v, lex, m, e)) { e = m; break }
  e = relativeClauseEnd(v, lex, phrase, s, e)
  // PolNeAR-style stance objects may be a single name ("endorsed Cruz"); a bare pronoun object ("backed it") is not kept.
  const content = clauseRange(v, s, e, lex, 1)
  if (!content || (v.at(content.end) - v.at(content.start) === 1 && lex.pronouns.has(v.lower(s)))) return null
  return { phrase, content, rule: 'speaker-stance-object' }
}

/**
 * "X, who endorsed Y in the race, represents …": the object of a verb in a relative clause set off by commas ends at the comma
 * before the main clause's verb.
 */
function relativeClauseEnd(v: TokenView, lex: QuoteLexicon, phrase: Phrase, s: number, e: number): number {
  if (!isRelative(v, lex, phrase) || phrase.start < 1 || !v.is(phrase.start - 1, ',')) return e
  for (let m = s + 1; m + 1 < e; m++) {
    if (!v.is(m, ',')) continue
    const k = isLyAdverb(v, m + 1) && m + 2 < e ? m + 2 : m + 1
    if (isFiniteVerbAt(v, k) || isPresentVerbAt(v, lex, k)) return m
  }
  return e
}

/** A lower-case -s form that is no listed function word ("represents", "says"): a present verb after a subject. */
function isPresentVerbAt(v: TokenView, lex: QuoteLexicon, k: number): boolean {
  const w = v.lower(k)
  return v.isLowerAscii(k) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !lex.stopWords.has(w) && !lex.determiners.has(w)
}

/** "criticism of the plan", "his claim that …", "Trump's calls for a ban": a noun's complement, with the possessor as source. */
function nominalCue(v: TokenView, lex: QuoteLexicon, nominal: NominalCue, a: number, b: number, t: number): Reported | null {
  const k = t + 1
  if (k >= b || !nominal.after.includes(v.lower(k))) return null
  const w = v.lower(k)
  const s = w === 'to' ? k : k + 1 // "his promise to cut taxes" keeps "to", like a verb's to-clause
  let e = objectEnd(v, s, b, lex)
  // "Novak's attacks on the mayor have hurt …": a noun phrase ends before the sentence's finite verb.
  if (w !== 'that') for (let m = s + 1; m < e; m++) if (FINITE.has(v.lower(m))) { e = m; break }
  const content = clauseRange(v, s, e, lex, w === 'that' ? MIN_REPORTED_WORDS : 1)
  // A noun with no source in reach ("questions about the deal") is too often no attribution at all.
  const phrase = content && (possessorBefore(v, lex, a, t) ?? subjectOfGoverningVerb(v, lex, a, t))
  return phrase ? { phrase, content: content!, rule: 'nominal' } : null
}

/** "The senator voiced concerns about …": without a possessor, the subject of the verb whose object the noun heads. */
function subjectOfGoverningVerb(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let j = t - 1
  for (let n = 0; j > a && n < 3 && v.isLowerAscii(j) && !lex.stopWords.has(v.lower(j)) && (lex.determiners.has(v.lower(j)) || !/(ed|es)$/.test(v.lower(j))); n++) j--
  if (j <= a || !v.isLowerAscii(j) || lex.stopWords.has(v.lower(j)) || !/(ed|es|s)$/.test(v.lower(j))) return null
  return subjectBefore(v, lex, a, j)
}

/** The possessor of a noun: "his", "Trump's", "the senator's" (a few adjectives may sit between: "his repeated attacks"). */
function possessorBefore(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let j = t - 1
  for (let n = 0; j > a && n < 2 && v.isLowerAscii(j) && !lex.determiners.has(v.lower(j)) && !lex.stopWords.has(v.lower(j)) && !isPossessive(v.raw(j)); n++) j--
  if (j < a) return null
  // "Republicans were unsparing in their criticism of …": a possessive pronoun stands for the sentence's subject when there is one.
  if (lex.possessives.has(v.lower(j))) return sentenceSubject(v, lex, a, j) ?? tokenPhrase(j)
  if (!isPossessive(v.raw(j))) return null
  return phraseEndingAt(v, lex, a, j)
}

/** "plans to run", "declined to comment on the probe": the to-clause of an intention is its content. */
function infinitiveClause(v: TokenView, lex: QuoteLexicon, phrase: Phrase, b: number, t: number): Reported | null {
  let s = t + 1
  if (s < b && v.lower(s) === 'not') s++
  if (!(s < b && v.lower(s) === 'to')) return null
  const content = clauseRange(v, s, objectEnd(v, s, b, lex), lex, 2)
  return content ? { phrase, content, rule: 'speaker-intention' } : null
}

// Subordinators that end a verb's object even without a comma ("vetoed the bill because …", "called her a clown when …").
const OBJECT_SUBORDINATORS = new Set(['because', 'when', 'while', 'although', 'though', 'whereas', 'since', 'despite', 'unless'])

/**
 * The end of a verb's object or to-clause: the sentence end, a comma before a new clause ("…, but said …"),
 * a subordinator, or a second verb of the subject ("condemned the bill but praised …", "endorsed X and said …").
 */
function objectEnd(v: TokenView, s: number, b: number, lex: QuoteLexicon): number {
  let e = s
  const gerundList = s < b && v.isLowerAscii(s) && v.lower(s).length > 4 && v.lower(s).endsWith('ing')
  for (; e < b; e++) {
    if (v.is(e, ';') || v.is(e, ':') || (e > s && (v.isOneOf(e, '—–(') || isSpacedHyphen(v, e)))) break
    const w = v.lower(e)
    // A gerund after a comma opens a participle clause — unless the object is a list of gerunds ("supported eliminating caucuses,
    // limiting …").
    if (e > s && v.is(e - 1, ',') && (OBJECT_ENDS.has(w) || (w.endsWith('ing') && !gerundList) || (v.isLowerAscii(e) && lex.cues.has(w)))) break // also "…, said"
    // "endorsed Ben Carson, a neurosurgeon who …": an appositive after a name is no part of the object.
    if (e > s + 1 && v.is(e - 1, ',') && APPOSITIVE_OPENERS.has(w) && v.isCapital(e - 2)) break
    if (e > s && OBJECT_SUBORDINATORS.has(w)) break
    if (e > s && isCircumstance(v, lex, e, b)) break
    if (e > s && (w === 'and' || w === 'but') && e + 1 < b && (secondVerb(v, lex, e + 1) || (e + 2 < b && PREDICATE_ADVERBS.has(v.lower(e + 1)) && secondVerb(v, lex, e + 2)) || objectsNewClause(v, lex, e + 1, b))) break
    // A new clause after a comma ("invoked the rising seas to thrill supporters, he did not …"). An "as" before a capitalised
    // subject ("backing the government as the United States … support") was tried as an end too: +2 on dev, −3 on train.
    if (e > s + 1 && v.is(e - 1, ',') && isSubjectPronoun(lex, w)) break
    // "Although she never mentioned Sanders by name, Clinton cast …": a subject and its verb after a comma open the main clause.
    if (e > s + 1 && v.is(e - 1, ',') && subjectWithVerbAt(v, lex, e, b)) break
  }
  return e
}

const MAX_SUBJECT_WORDS = 4
const FRONTED_SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'after', 'before', 'once', 'when', 'even'])

/** The sentence [a, …) opens with a subordinator (after "But", "And") before the speaker at `speaker`. */
function opensWithSubordinator(v: TokenView, a: number, speaker: number): boolean {
  const k = a + 1 < speaker && (v.lower(a) === 'but' || v.lower(a) === 'and') ? a + 1 : a
  return k < speaker && FRONTED_SUBORDINATORS.has(v.lower(k))
}

/** A name ("Clinton", "Ms. Warren") or a determined noun phrase ("the Democratic base") at k, followed by a finite verb. */
function subjectWithVerbAt(v: TokenView, lex: QuoteLexicon, k: number, b: number): boolean {
  let m = k
  if (v.isCapital(k) && !lex.determiners.has(v.lower(k))) { while (m < b && m - k < MAX_SUBJECT_WORDS && v.isCapital(m)) m++ }
  else if (lex.determiners.has(v.lower(k))) { m++; while (m < b && m - k <= MAX_SUBJECT_WORDS && v.isWord(m) && !isFiniteVerbAt(v, m)) m++ }
  else return false
  return m > k && m < b && isFiniteVerbAt(v, m)
}

/** An irregular past or an -ed form ("said", "voted"). */
function looksPast(w: string): boolean {
  return IRREGULAR_PASTS.has(w) || (w.length > 4 && w.endsWith('ed'))
}

/** A lower-case auxiliary, irregular past or -ed form: the verb after a subject. */
function isFiniteVerbAt(v: TokenView, m: number): boolean {
  if (!v.isLowerAscii(m)) return false
  const w = v.lower(m)
  return FINITE.has(w) || looksPast(w)
}

// Adverbs between "and"/"but" and a second verb of the subject ("praised X but also had to …").
const PREDICATE_ADVERBS = new Set(['also', 'then', 'later', 'still', 'even', 'quickly', 'again', 'now', 'once', 'never', 'often', 'eventually', 'ultimately', 'immediately'])
// Irregular past tenses that may follow "and" as the subject's next verb ("backed the plan and went on to …").
const IRREGULAR_PASTS = new Set(['went', 'took', 'made', 'gave', 'got', 'came', 'ran', 'left', 'held', 'met', 'won', 'lost', 'sent', 'spent', 'kept', 'found', 'felt', 'became', 'began', 'brought', 'bought', 'stood', 'led', 'fought', 'sought', 'struck', 'drew', 'threw', 'paid', 'laid', 'wrote', 'spoke', 'saw', 'knew', 'told', 'thought'])

/**
 * After "and"/"but" in an object, what no noun phrase continues: a subject pronoun ("endorsed Trump and he …"), an irregular
 * past ("and went …") or a verb in -s before its own object ("and ranks it …", "and opposes a …"). A name and its verb
 * ("… and Mark Kirk withdrew") was tried too: it also cut coordinated subjects ("that Rubio and Cruz will …").
 */
function objectsNewClause(v: TokenView, lex: QuoteLexicon, k: number, b: number): boolean {
  if (PREDICATE_ADVERBS.has(v.lower(k)) && k + 1 < b) k++
  const w = v.lower(k)
  if (isSubjectPronoun(lex, w) || IRREGULAR_PASTS.has(w)) return true
  if (k + 1 >= b) return false
  return isVerbBeforeObject(v, lex, k, b)
}

/** A lower-case verb in -s followed by a pronoun, determiner, particle or name ("ranks it", "opposes a", "points out"). */
function isVerbBeforeObject(v: TokenView, lex: QuoteLexicon, k: number, b: number): boolean {
  const w = v.lower(k)
  if (!v.isLowerAscii(k) || w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || lex.stopWords.has(w) || k + 1 >= b) return false
  const next = v.lower(k + 1)
  return (lex.pronouns.has(next) && lex.pronouns.get(next) !== 'relative') || lex.determiners.has(next) || PARTICLES.has(next) || OBJECT_PRONOUNS.has(next)
}

const CIRCUMSTANCE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on'])
const MAX_EVENT_DISTANCE = 4

/**
 * Where or when something was said, closing an object or clause: "in a recent interview", "at a rally in Ohio", "as he
 * left the stage", "when asked about …" — not part of what was said.
 */
export function isCircumstance(v: TokenView, lex: QuoteLexicon, m: number, b: number): boolean {
  // Runs for every token of a clause or object: only lower-case "as", "when", "in", "at", "during", "on" go on.
  const n = v.end(m) - v.start(m), c = v.text.charCodeAt(v.start(m))
  if (n < 2 || n > 6 || (c !== 97 && c !== 119 && c !== 105 && c !== 100 && c !== 111)) return false
  const w = v.lower(m)
  if (w === 'as') return m + 1 < b && lex.pronouns.has(v.lower(m + 1)) && lex.pronouns.get(v.lower(m + 1)) !== 'relative'
  if (w === 'when') return m + 1 < b && v.lower(m + 1) === 'asked'
  if (!CIRCUMSTANCE_PREPOSITIONS.has(w)) return false
  // The occasion heads the phrase ("in a recent interview", "at the end of the debate"), not a bare noun after a preposition
  // ("in possession of video").
  for (let k = m + 1; k < b && k - m <= MAX_EVENT_DISTANCE && v.isWord(k); k++) {
    const w = v.lower(k)
    if (lex.speechEvents.has(w)) return true
    if (w === 'of' && !(k + 1 < b && lex.determiners.has(v.lower(k + 1)))) return false
  }
  return false
}

/** A hyphen or a double hyphen standing alone for a dash ("the plan - and I backed it -", "the plan -- and"). */
function isSpacedHyphen(v: TokenView, e: number): boolean {
  const s = v.start(e), n = v.end(e) - s
  // Character codes, not a slice: this runs for every token of every object.
  return (n === 1 || (n === 2 && v.text.charCodeAt(s + 1) === 45)) && v.text.charCodeAt(s) === 45 && s > 0 && v.text.charCodeAt(s - 1) === 32
}

/** A verb opening a second predicate: a cue form or a past tense after "and"/"but" ("and said", "but praised", "and midwifed"). */
function secondVerb(v: TokenView, lex: QuoteLexicon, k: number): boolean {
  if (!v.isLowerAscii(k)) return false
  const w = v.lower(k)
  return lex.cues.has(w) && !w.endsWith('s') || (w.endsWith('ed') && w.length > 4) || FINITE.has(w)
}

/**
 * "X said CLAUSE and accused Y of …": a reported clause ends where the speaker's second attribution begins — "and"/"but"
 * before a cue form that is no third-person present ("and says" more often has a subject of its own in the clause).
 * Plain past tenses ("and collapsed") were tried as ends too and gave nothing more on PolNeAR dev or train.
 * It also ends at the narrator's next clause: ", but …" ("said the mails were personal, but for Republicans …"), ", and"
 * before a subject pronoun with no auxiliary ("…, and he railed against …"), and a comma before a participle of a cue
 * ("…, calling them …", itself an attribution).
 */
function secondPredicate(v: TokenView, lex: QuoteLexicon, k: number, end: number, inQuote: Int32Array): number {
  end = narratorClauseAt(v, k, end, inQuote)
  for (let m = k + 2; m < end - 1; m++) {
    const n = v.end(m) - v.start(m)
    if (n === 1 && v.is(m, ',') && m > k + 1 && inQuote[m]! < 0 && v.isLowerAscii(m + 1) && isCueParticiple(lex, v.lower(m + 1))) return m
    if (n !== 3) continue
    const w = v.lower(m)
    if ((w !== 'and' && w !== 'but') || inQuote[m]! >= 0) continue
    // "…, and Ms. Brainard is among …", "…, and the party has …": a new subject with its own verb is the narrator's clause.
    if (w === 'and' && v.is(m - 1, ',') && (v.isCapital(m + 1) || lex.determiners.has(v.lower(m + 1))) && newSubjectClause(v, lex, m + 1, end)) return m - 1
    if (!v.isLowerAscii(m + 1)) continue
    const next = v.lower(m + 1)
    if (lex.cues.has(next) && !next.endsWith('s')) return v.is(m - 1, ',') ? m - 1 : m
    if (!v.is(m - 1, ',')) continue
    if (w === 'but' || (isSubjectPronoun(lex, next) && !(m + 2 < end && FINITE.has(v.lower(m + 2))))) return m - 1
  }
  return end
}

/** A noun phrase of names or a determiner and a few words, then a finite verb: the subject of a clause of its own. */
function newSubjectClause(v: TokenView, lex: QuoteLexicon, k: number, end: number): boolean {
  for (let m = k + 1; m < end && m - k <= MAX_NEW_SUBJECT; m++) {
    if (!v.isWord(m) && !v.is(m, '.')) return false
    const w = v.lower(m)
    if (FINITE.has(w)) return m > k
    if (v.isLowerAscii(m) && (lex.stopWords.has(w) || lex.cues.has(w))) return false
  }
  return false
}
const MAX_NEW_SUBJECT = 5

// Words that, after a comma, open a concession of the narrator's ("…, although it may take days to …").
const CONCESSIVES = new Set(['although', 'though', 'whereas'])
const EVEN_CONCESSIVES = new Set(['though', 'as', 'if', 'so'])

/** Where a clause gives way to the narrator's own: a semicolon, or a comma before a concession; `end` when neither comes. */
function narratorClauseAt(v: TokenView, k: number, end: number, inQuote: Int32Array): number {
  for (let m = k + 1; m < end; m++) {
    if (inQuote[m]! >= 0 || v.end(m) - v.start(m) !== 1) continue
    const c = v.text.charCodeAt(v.start(m))
    if (c === 59) return m // ;
    if (c === 44 && m + 1 < end) { // ,
      const next = v.lower(m + 1)
      if (CONCESSIVES.has(next)) return m
      // "…, even though she did not carry the virus", "…, even as Obama carried the state": a concession of the narrator's.
      if (next === 'even' && m + 2 < end && EVEN_CONCESSIVES.has(v.lower(m + 2))) return m
      // "would not say the prize goes to Lind, who leads the field": a relative clause on a name that runs to the end is the narrator's aside.
      if ((next === 'who' || next === 'which') && m > k + 1 && v.isCapital(m - 1) && !hasComma(v, m + 1, end)) return m
    } else if (c === 45 || (c >= 8211 && c <= 8213)) { // - – — ―
      // "the tide is turning their way — and the Senate is …": a dash before and/but opens the narrator's own clause.
      const dash = m > k + 1 ? dashStartingAt(v, m, end) : 0
      if (dash && m + dash < end && (v.lower(m + dash) === 'and' || v.lower(m + dash) === 'but')) return m
    }
  }
  return end
}

function isCueParticiple(lex: QuoteLexicon, w: string): boolean { return w.length > 4 && w.endsWith('ing') && lex.cues.has(w) }

function isOneLowerWord(v: TokenView, r: Range): boolean {
  const s = v.at(r.start)
  return v.at(r.end) - s === 1 && v.isLowerAscii(s)
}

/** "Smith seems to have won", "the email appears to contradict …", "it appears that …": an impression held by no one named. */
function impression(v: TokenView, lex: QuoteLexicon, a: number, b: number, t: number): Reported | null {
  if (t + 1 >= b || t === a) return null
  const next = v.lower(t + 1)
  if (next === 'that') {
    const content = clauseRange(v, t + 2, b, lex)
    return content ? { phrase: null, content, rule: 'impression' } : null
  }
  // "appeared on television", "appeared in court" are no impressions; seem takes an adjective too ("seemed unperturbed").
  if (next !== 'to' && (v.lower(t).startsWith('appear') || lex.notClauseStart.has(next))) return null
  let s = a
  while (s < t && LEADING_CONJUNCTIONS.has(v.lower(s))) s++
  s = impersonalClauseStart(v, s, t)
  const content = clauseRange(v, s, objectEnd(v, t + 1, b, lex), lex)
  return content ? { phrase: null, content, rule: 'impression' } : null
}

// Finite verbs that show a clause follows a bare belief verb ("believes inflation has peaked").
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do'])

/**
 * A clause opened without "that" after a belief verb: a pronoun, determiner or name as its subject
 * ("thinks Smith will win", "fears the deal …"), or a noun followed soon by a finite verb.
 */
function opensBareClause(v: TokenView, lex: QuoteLexicon, k: number, b: number): boolean {
  if (k + 2 >= b) return false
  const w = v.lower(k)
  if ((lex.pronouns.has(w) && w !== 'who' && w !== 'you') || lex.determiners.has(w) || v.isCapital(k)) return true
  if (lex.stopWords.has(w) || !v.isWord(k)) return false
  for (let m = k + 1; m < b && m <= k + 4; m++) if (FINITE.has(v.lower(m))) return true
  return false
}

// Pro-forms that stand for a whole reported clause ("said so", "said the same", "thought otherwise").
const PRO_FORMS = ['so', 'the same', 'otherwise', 'as much', 'the opposite', 'yes', 'no']

/** "They said she could.", "26 percent said the same.": a clause too short for the usual minimum, ending the sentence. */
function shortClause(v: TokenView, lex: QuoteLexicon, k: number, b: number): Range | null {
  let e = b
  while (e > k && v.isOneOf(e - 1, '.!?')) e--
  if (e - k > 2) return null // two words at most ("the same", "she could")
  const words: string[] = []
  for (let m = k; m < e; m++) { if (!v.isWord(m)) return null; words.push(v.lower(m)) }
  const joined = words.join(' ')
  const proForm = PRO_FORMS.includes(joined)
  const subjectVerb = words.length === 2 && (lex.pronouns.has(words[0]!) || v.isCapital(k)) && FINITE.has(words[1]!)
  return proForm || subjectVerb ? clauseRange(v, k, e, lex, 1) : null
}

/** A finite verb within a few words: the words after a cue form a clause ("say the plan had failed"), not an object. */
function finiteSoon(v: TokenView, k: number, b: number): boolean {
  for (let m = k + 1; m < b && m <= k + 5; m++) if (FINITE.has(v.lower(m))) return true
  return false
}

// Words that open the question after a sentence-initial "Asked" ("Asked whether the deal holds, …").
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'what', 'who', 'why', 'how', 'when', 'where', 'which'])

/** "Asked whether the deal will hold, the minister said …": the question is an attribution of its own, with no speaker named. */
function askedIntro(v: TokenView, lex: QuoteLexicon, a: number, b: number, t: number): Reported | null {
  // "Asked on Fox News who …", "Asked during a debate why …", "Asked by Smith to respond …": a short phrase may come first.
  let q = t + 1
  let asker: Phrase | null = null
  if (q < b && v.lower(q) === 'by') {
    asker = phraseAfter(v, lex, q + 1, b)
    if (asker) q = asker.end
  }
  while (q < b && q - t <= MAX_ASKED_LEAD && !v.is(q, ',') && !QUESTION_OPENERS.has(v.lower(q)) && !(asker && v.lower(q) === 'to')) q++
  if (q >= b || !(QUESTION_OPENERS.has(v.lower(q)) || (asker && v.lower(q) === 'to'))) return null
  let e = q
  while (e < b && !v.is(e, ',')) e++
  // "Christie said when asked whether …": the question may close the sentence.
  if (e >= b && t === a) return null
  // "asked about X": the topic is the content, "about" belongs to the cue (as in "talked about").
  const s = v.lower(q) === 'about' ? q + 1 : q
  const content = clauseRange(v, s, e, lex, 2)
  return content ? { phrase: asker, content, rule: 'asked-intro' } : null
}

// Tokens between "Asked" and its question ("Asked at a briefing Monday in Washington about …").
const MAX_ASKED_LEAD = 8

/** "Novak was asked about the levy", "she was asked whether …": the question put to someone, with no asker named. */
function passiveQuestion(v: TokenView, lex: QuoteLexicon, b: number, t: number): Reported | null {
  let s = t + 1
  if (s < b && (v.lower(s) === 'about' || v.lower(s) === 'on')) s++
  else if (!(s < b && QUESTION_OPENERS.has(v.lower(s)))) return null
  const content = clauseRange(v, s, objectEnd(v, s, b, lex), lex, 2)
  return content ? { phrase: null, content, rule: 'passive-question' } : null
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'widely', 'also', 'still', 'now', 'not'])

const MAX_CONTAINER_TOKENS = 12

/** "In a Quinnipiac poll released Monday, CLAUSE": the poll or study is the source of its findings. */
function inContainer(v: TokenView, lex: QuoteLexicon, a: number, b: number, inQuote: Int32Array): Reported | null {
  let comma = a + 1
  let head = -1
  for (; comma < b && comma - a <= MAX_CONTAINER_TOKENS && !v.is(comma, ','); comma++) if (lex.sourceContainers.has(v.lower(comma)) && head < 0) head = comma
  if (head < 0 || comma >= b || !v.is(comma, ',') || inQuote[comma + 1]! >= 0) return null
  const content = clauseRange(v, comma + 1, b, lex)
  // The source phrase ends at its head ("an NBC News poll | released Monday").
  return content ? { phrase: { start: a + 1, end: head + 1, parts: [{ start: a + 1, end: head + 1 }] }, content, rule: 'in-source' } : null
}

const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making'])

/** "X made (it) clear (that) CLAUSE": "clear" is a cue only after a form of "make"; the subject of "make" is the speaker. */
function madeClear(v: TokenView, lex: QuoteLexicon, a: number, b: number, t: number): Reported | null {
  let j = t - 1
  if (j > a && v.lower(j) === 'it') j--
  if (j <= a || !MAKE_FORMS.has(v.lower(j))) return null
  const phrase = subjectBefore(v, lex, a, j) ?? coordinatedSubject(v, lex, a, j) ?? catenativeSubject(v, lex, a, j)
  let k = t + 1
  if (k < b && v.lower(k) === 'that') k++
  const content = phrase && clauseRange(v, k, b, lex)
  return content ? { phrase, content, rule: 'speaker-cue-clause' } : null
}

/** "It has been reported that …", "it was announced that …": reported content with no source named. */
function impersonalPassive(v: TokenView, lex: QuoteLexicon, b: number, t: number): Reported | null {
  if (!(t + 2 < b && v.lower(t + 1) === 'that' && BE_FORMS.has(v.lower(t - 1)))) return null
  // Only the impersonal "it": "we are assured that …" names its hearers, not a report.
  let j = t - 1
  while (j > 0 && (BE_FORMS.has(v.lower(j)) || v.lower(j) === 'has' || v.lower(j) === 'had')) j--
  if (v.lower(j) !== 'it') return null
  const content = clauseRange(v, t + 2, b, lex)
  return content ? { phrase: null, content, rule: 'passive-that' } : null
}

/**
 * "As reported by the Post, CLAUSE", "As the Post reported, CLAUSE", "CLAUSE, as Smith noted.": an "as" clause
 * naming the source of the sentence's main clause.
 */
function asAttribution(v: TokenView, lex: QuoteLexicon, cue: Cue, subject: Phrase | null, a: number, b: number, t: number): Reported | null {
  if (cue.class !== 'speech') return null
  let phrase: Phrase | null, asAt: number, after: number
  if (!subject) {
    if (!(t - 1 >= a && v.lower(t - 1) === 'as' && t + 1 < b && v.lower(t + 1) === 'by')) return null
    phrase = phraseAfter(v, lex, t + 2, b)
    asAt = t - 1
    after = phrase ? phrase.end : b
  } else {
    phrase = subject
    asAt = subject.start - 1
    if (asAt < a || v.lower(asAt) !== 'as') return null
    after = t + 1
  }
  if (!phrase) return null
  // Sentence-initial: the clause after the as-clause's comma.
  if (asAt === a || (asAt - 1 > a && v.is(asAt - 1, ',') && wordsIn(v, a, asAt) < 4)) {
    while (after < b && !v.is(after, ',') && after - t < 8) after++
    if (!(after < b && v.is(after, ','))) return null
    const content = clauseRange(v, after + 1, b, lex)
    return content ? { phrase, content, rule: 'as-source' } : null
  }
  // Trailing: "CLAUSE, as X reported." — the as-clause must close the sentence.
  if (!v.is(asAt - 1, ',') || wordsIn(v, after, b) > 3) return null
  const content = clauseRange(v, a, asAt - 1, lex)
  return content ? { phrase, content, rule: 'as-source' } : null
}

// Words that may sit between a form of "be" and a passive participle ("is widely seen as", "has long been considered").
const PASSIVE_FILLERS = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'long', 'often', 'generally', 'largely', 'increasingly', 'once', 'both', 'all', 'no', 'longer'])

/** "Rubio is widely seen as the likelier winner", "Osman is believed to have been on the flight": a perception held by no one named. */
function passivePerception(v: TokenView, lex: QuoteLexicon, a: number, b: number, t: number): Reported | null {
  if (t + 2 >= b || (v.lower(t + 1) !== 'as' && v.lower(t + 1) !== 'to')) return null
  let j = t - 1, be = false
  for (; j > a && (BE_FORMS.has(v.lower(j)) || PASSIVE_FILLERS.has(v.lower(j)) || v.lower(j).endsWith('ly')); j--) be ||= BE_FORMS.has(v.lower(j)) && v.lower(j) !== 'widely' && v.lower(j) !== 'also' && v.lower(j) !== 'still' && v.lower(j) !== 'now' && v.lower(j) !== 'not'
  if (!be || j < a) return null
  let s = a
  while (s < j && LEADING_CONJUNCTIONS.has(v.lower(s))) s++
  s = impersonalClauseStart(v, s, t)
  const content = clauseRange(v, s, objectEnd(v, t + 2, b, lex), lex)
  return content ? { phrase: null, content, rule: 'passive-perception' } : null
}

const IMPERSONAL_CLAUSE_OPENERS = new Set(['which', 'who', 'whose', 'where', 'while', 'when', 'after', 'because', 'although', 'though', 'that'])
const MAX_IMPERSONAL_SUBJECT = 8

/** "The group reportedly spent $1.5 million on ads": a report no one is named for; its clause, without the adverb, is the content. */
function unsourcedReport(v: TokenView, lex: QuoteLexicon, a: number, b: number, t: number): Reported | null {
  let s = a
  while (s < t && LEADING_CONJUNCTIONS.has(v.lower(s))) s++
  s = impersonalClauseStart(v, s, t)
  const content = t > s ? clauseRange(v, s, objectEnd(v, t + 1, b, lex), lex) : null
  return content ? { phrase: null, content, rule: 'unsourced-report' } : null
}

/** Where the clause holding an impression, expectation or perception held by no one (at `t`) starts: a relative or subordinating word, else `a`. */
function impersonalClauseStart(v: TokenView, a: number, t: number): number {
  for (let k = t - 2; k > a && t - k <= MAX_IMPERSONAL_SUBJECT; k--) if (IMPERSONAL_CLAUSE_OPENERS.has(v.lower(k)) && v.isLowerAscii(k)) return k
  return a
}

/** "The central bank is expected to act in December": an expectation held by no one named; the sentence is its content. */
function passiveExpectation(v: TokenView, lex: QuoteLexicon, a: number, b: number, t: number): Reported | null {
  if (t + 1 >= b || v.lower(t + 1) !== 'to' || t - 1 <= a || !BE_FORMS.has(v.lower(t - 1))) return null
  // "…, which is expected to draw 50,000 delegates", "where Sanders is expected to win": only the clause holding the expectation.
  const s = impersonalClauseStart(v, a, t)
  const content = clauseRange(v, s, s > a ? objectEnd(v, t + 2, b, lex) : b, lex)
  return content ? { phrase: null, content, rule: 'passive-expectation' } : null
}

/** "CLAUSE, said X." — the phrase after the cue must close the sentence or be followed by a comma. */
function inverted(v: TokenView, lex: QuoteLexicon, cue: Cue, a: number, b: number, t: number): Reported | null {
  if (!(t > a && (v.is(t - 1, ',') || isCloseMark(v, t - 1)) && cue.class === 'speech' && isPast(v.lower(t)))) return null
  // "…," X, an adviser to Y, told AFP': the words after "told" are the addressee; "tell" is never inverted.
  if (cue.lemma === 'tell') return null
  // "…, said the company's chief executive, John Doe.": a possessive does not end the speaker phrase here.
  const phrase = phraseAfter(v, lex, t + 1, b, false)
  if (!phrase || (phrase.end < b && !v.isOneOf(phrase.end, '.,;:!?'))) return null
  // "…, said the Khan family deserved better": a past tense after a noun in the phrase is the verb of a clause, not a speaker.
  for (let k = phrase.start + 1; k < phrase.end; k++) if (v.isLowerAscii(k) && v.lower(k).endsWith('ed') && !lex.determiners.has(v.lower(k - 1))) return null
  const content = clauseRange(v, a, sepBefore(v, t - 1, a), lex)
  return content ? { phrase, content, rule: 'clause-said-speaker' } : null
}

/** "issued a statement", "sent out an email", "released a new video": a message noun after a determiner and a verb (not a name's). */
export function isIssuedMessage(v: TokenView, lex: QuoteLexicon, a: number, j: number): boolean {
  if (!v.isLowerAscii(j) || !lex.speechEvents.has(v.lower(j))) return false
  let k = j - 1
  while (k > a && v.isLowerAscii(k) && !lex.determiners.has(v.lower(k)) && j - k < 4) k-- // "a lengthy written statement"
  if (k <= a || !lex.determiners.has(v.lower(k))) return false
  const verb = PARTICLES.has(v.lower(k - 1)) ? k - 2 : k - 1 // "put out a statement"
  return verb >= a && v.isLowerAscii(verb) && !lex.stopWords.has(v.lower(verb)) && !lex.determiners.has(v.lower(verb))
}

/** Whether the lower-case word w stands among the few tokens before t (a cheap test before reading a phrase). */
function hasWordBefore(v: TokenView, a: number, t: number, w: string): boolean {
  for (let k = t - 1; k > a && t - k <= MAX_PHRASE_REACH; k--) if (v.end(k) - v.start(k) === w.length && v.lower(k) === w) return true
  return false
}
const MAX_PHRASE_REACH = 10

/** "sent an email to supporters saying …": the addressee of an issued message before a participle is not its speaker. */
function isIssuedMessageTo(v: TokenView, lex: QuoteLexicon, a: number, t: number): boolean {
  if (!hasWordBefore(v, a, t, 'to')) return false
  const p = phraseEndingAt(v, lex, a, t - 1)
  return p !== null && p.start - 2 > a && v.lower(p.start - 1) === 'to' && isIssuedMessage(v, lex, a, p.start - 2)
}

/** Who speaks through a participle ("…, saying …"): the speaker of a cue right before it, the pronoun subject of a
 * subordinate clause it follows ("Christie defended her, even as he conceded …, saying …" — he), else the sentence's subject. */
export function participleSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  return speakerOfCueBefore(v, lex, a, t) ?? subordinatePronoun(v, lex, a, t) ?? coordinateClauseSubject(v, lex, a, t) ?? relativeWho(v, a, t) ?? sentenceSubject(v, lex, a, t)
}

/** "Romney, who helped launch the movement with a speech denouncing Trump, …": a participle inside a relative clause speaks for
 *  its "who". */
function relativeWho(v: TokenView, a: number, t: number): Phrase | null {
  for (let k = t - 1; k > a && t - k <= MAX_RELATIVE_REACH; k--) {
    if (v.isOneOf(k, ',;:') || isCloseMark(v, k) || isOpenMark(v, k)) return null
    if (v.is(k - 1, ',') && v.end(k) - v.start(k) === 3 && v.lower(k) === 'who') return tokenPhrase(k)
  }
  return null
}
const MAX_RELATIVE_REACH = 15

const CLAUSE_COORDINATORS = new Set(['and', 'but', 'yet'])

/**
 * "Protest groups say …, and the ACLU has already sued the city, saying …", "…, but Wallace brought him back, asking …": after
 * a comma and a coordinator (or a semicolon), a subject with its finite verb opens the clause the participle closes.
 */
function coordinateClauseSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  // "…, and the governor tripped up Rubio by calling him out": a gerund after "by" belongs to its clause too.
  if (t - 1 <= a || !(v.is(t - 1, ',') || v.lower(t - 1) === 'by')) return null
  for (let k = t - 2; k > a; k--) {
    if (isCloseMark(v, k) || isOpenMark(v, k)) return null
    const coordinated = v.is(k, ';') || (v.is(k - 1, ',') && v.isLowerAscii(k) && CLAUSE_COORDINATORS.has(v.lower(k)))
    if (!coordinated) continue
    const s = k + 1
    let m = s
    while (m < t - 1 && m - s < MAX_CLAUSE_SUBJECT && !isFiniteVerbAt(v, m)) m++
    if (m === s || m >= t - 1 || !isFiniteVerbAt(v, m)) return null
    let e = m - 1
    while (e > s && (lex.skipBeforeCue.has(v.lower(e)) || isLyAdverb(v, e))) e--
    const p = phraseEndingAt(v, lex, s, e)
    return p && p.start === s ? p : null
  }
  return null
}
const MAX_CLAUSE_SUBJECT = 8

const PARTICIPLE_SUBORDINATORS = new Set(['when', 'as', 'after', 'while', 'because', 'since', 'before', 'although', 'though', 'until', 'once', 'whenever'])

function subordinatePronoun(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  if (t - 1 <= a || !v.is(t - 1, ',')) return null
  for (let k = t - 2; k > a; k--) {
    if (v.is(k, ',') || v.is(k, ';') || isCloseMark(v, k)) return null
    if (!PARTICIPLE_SUBORDINATORS.has(v.lower(k)) || !v.isLowerAscii(k)) continue
    const p = k + 1
    const w = v.lower(p)
    // Only a person's pronoun: "after they came out" may be the columns, not their author.
    if (p + 1 < t - 1 && (w === 'he' || w === 'she') && v.isLowerAscii(p + 1)) return tokenPhrase(p)
    return null
  }
  return null
}

/** `"…," X said, noting that …` / `…, said X, adding …`: a participle after an attribution reports for its speaker. */
function speakerOfCueBefore(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  const j = t - 2
  if (j <= a || !v.is(t - 1, ',')) return null
  if (lex.cues.get(v.lower(j))?.class === 'speech') return subjectBefore(v, lex, a, j)
  // Inverted ("…, said X, adding"): the cue follows a comma or a quote ("announced his running mate, calling …" is an object).
  const p = phraseEndingAt(v, lex, a, j)
  if (p && p.start - 2 >= a && lex.cues.get(v.lower(p.start - 1))?.class === 'speech' && (v.is(p.start - 2, ',') || isCloseMark(v, p.start - 2))) return p
  // `"…," Trump said at a rally in San Diego, adding …`: a past speech verb a place or time phrase before the comma.
  for (let k = j - 1; k > a && j - k < MAX_CUE_PHRASE; k--) {
    if (v.is(k, ',') || isCloseMark(v, k) || isOpenMark(v, k)) return null
    if (!v.isLowerAscii(k) || !isPast(v.lower(k)) || lex.cues.get(v.lower(k))?.class !== 'speech') continue
    // "… he told the group, adding …": an addressee may come first.
    const next = v.lower(k + 1)
    return CUE_PREPOSITIONS.has(next) || TIME_WORDS.has(next) || TIME_LEADS.has(next) || OBJECT_CUES.has(lex.cues.get(v.lower(k))!.lemma) ? subjectBefore(v, lex, a, k) : null
  }
  return null
}
// How far back from a participle's comma a speech verb followed by a phrase of place or time is looked for.
const MAX_CUE_PHRASE = 10

/**
 * "He proposes X; she backs Y but embraces Z", "… because he favors X and opposes Y": the second verb shares the subject pronoun
 * of the verb before "and"/"but", when one stands right before that verb (else the sentence's subject speaks).
 */
function pronounOfFirstVerb(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let j = t - 1
  while (j > a && v.lower(j) !== 'and' && v.lower(j) !== 'but') j--
  for (let k = j - 1; k > a && j - k <= MAX_FIRST_OBJECT; k--) {
    if (v.isOneOf(k, ',;:') || isCloseMark(v, k)) return null
    // "Weaver, who came out and endorsed Clinton": a relative clause's two verbs share its "who".
    if (v.is(k - 1, ',') && v.isLowerAscii(k + 1) && v.lower(k) === 'who') return tokenPhrase(k)
    // "clapped when Lind saw a banner and asked …": a one-word name opening a subordinate clause is its verbs' subject too.
    const name = v.isCapital(k) && k - 1 > a && PARTICIPLE_SUBORDINATORS.has(v.lower(k - 1)) && v.isLowerAscii(k + 1) && !lex.stopWords.has(v.lower(k))
    if ((!isSubjectPronoun(lex, v.lower(k)) && !name) || !v.isLowerAscii(k + 1)) continue
    // The pronoun opens its clause ("; she backs", "because he favors"), not a reported one ("said she was tired and wanted").
    const opens = k - 1 <= a || v.is(k - 1, ';') || PARTICIPLE_SUBORDINATORS.has(v.lower(k - 1))
    return opens ? tokenPhrase(k) : null
  }
  return null
}
// How many tokens the first verb and its object may take before "and"/"but" + the second verb.
const MAX_FIRST_OBJECT = 8

/**
 * "…, when House Speaker Paul Ryan lamented the state of the campaign and criticized …", "after some of her followers attacked
 * her and questioned …": the second verb shares the subject of a subordinate clause whose first verb comes before "and".
 */
function subordinateSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let j = t - 1
  while (j > a && v.lower(j) !== 'and' && v.lower(j) !== 'but') j--
  for (let k = j - 1; k > a && j - k <= MAX_SUBORDINATE_REACH; k--) {
    if (v.isOneOf(k, ',;:') || isCloseMark(v, k) || isOpenMark(v, k)) return null
    if (!v.isLowerAscii(k) || !PARTICIPLE_SUBORDINATORS.has(v.lower(k))) continue
    let m = k + 1
    while (m < j && m - k <= MAX_CLAUSE_SUBJECT && !isFiniteVerbAt(v, m)) m++
    if (m >= j || m === k + 1) return null
    let e = m - 1
    while (e > k + 1 && (lex.skipBeforeCue.has(v.lower(e)) || isLyAdverb(v, e))) e--
    const p = phraseEndingAt(v, lex, k + 1, e)
    return p && p.start === k + 1 ? p : null
  }
  return null
}
const MAX_SUBORDINATE_REACH = 30

/**
 * "She urged the administration to act, proposed that …", "Kasich offered the man a job, then says …": a verb after a comma
 * that follows the sentence subject's own predicate is the next verb of that subject (not of a name in the predicate).
 */
function listedVerb(v: TokenView, lex: QuoteLexicon, a: number, t: number): boolean {
  let j = t - 1
  while (j > a && (v.lower(j) === 'then' || isLyAdverb(v, j))) j--
  if (j <= a + 2 || !v.is(j, ',') || !(isPast(v.lower(t)) || v.lower(t).endsWith('s'))) return false
  const subject = sentenceSubject(v, lex, a, t)
  if (!subject || subject.end >= j) return false
  let k = subject.end
  while (k < j && (lex.skipBeforeCue.has(v.lower(k)) || isLyAdverb(v, k))) k++
  if (k >= j || !v.isLowerAscii(k) || lex.stopWords.has(v.lower(k)) || lex.determiners.has(v.lower(k))) return false
  // The subject's verb, then no other comma before the one ending its predicate.
  for (let m = k + 1; m < j; m++) if (v.isOneOf(m, ',;:') || isOpenMark(v, m) || isCloseMark(v, m)) return false
  return isPast(v.lower(k)) || v.lower(k).endsWith('s') || IRREGULAR_PASTS.has(v.lower(k))
}

/** "X generally supported Y, and said …": the cue is a second verb of the sentence's subject. */
function afterAnd(v: TokenView, lex: QuoteLexicon, a: number, t: number): boolean {
  let j = t - 1
  while (j > a && (lex.skipBeforeCue.has(v.lower(j)) || v.is(j, ','))) j--
  // ", and said" — or "laughed and said", where a past tense before "and" shows the subject's first verb.
  return j > a && v.lower(j) === 'and' && (v.is(j - 1, ',') || (v.isLowerAscii(j - 1) && v.lower(j - 1).endsWith('ed')))
}

// Words that may sit between a subject and "to" + cue ("went on to say", "was quick to add", "is continuing to insist").
const CATENATIVE_MAX = 4
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you'])

const MAX_SUBJECT_TOKENS = 12
// Words that show a clause of its own before the cue, not a subject ("The officials whose laws were struck down say").
const NOT_IN_SUBJECT = new Set(['that', 'which', 'who', 'whose', 'whom', 'when', 'if', 'because', 'although', 'though', 'while', 'but', 'as'])

/** The words from the sentence's start (after an introductory phrase) to the cue, when they read as one noun phrase. */
function wholeSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let s = a
  while (s < t && LEADING_CONJUNCTIONS.has(v.lower(s))) s++
  // "In a letter on Monday, …": the subject follows an introductory phrase's comma.
  if (INTRODUCERS.has(v.lower(s)) || SUBORDINATORS.has(v.lower(s))) {
    while (s < t && !v.is(s, ',')) s++
    s++
  }
  s = afterSentenceOpeners(v, s, t)
  if (t - s < 1 || t - s > MAX_SUBJECT_TOKENS || !(v.isCapital(s) || lex.determiners.has(v.lower(s)) || lex.possessives.has(v.lower(s)))) return null
  for (let k = s; k < t; k++) {
    const w = v.lower(k)
    // A cue form after a determiner is a noun ("Some advocates for …", "the report's authors").
    if (FINITE.has(w) || NOT_IN_SUBJECT.has(w) || (v.isLowerAscii(k) && lex.cues.has(w) && !isNounUse(v, lex, k, s)) || v.isOneOf(k, ';:()—–') || isOpenMark(v, k) || isCloseMark(v, k)) return null
  }
  let e = t
  while (e > s && (v.is(e - 1, ',') || lex.skipBeforeCue.has(v.lower(e - 1)))) e--
  return e > s ? { start: s, end: e, parts: [{ start: s, end: e }] } : null
}

/** "He went on to say …", "Clinton is continuing to insist …": the subject of the verb whose to-clause holds the cue. */
function catenativeSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  if (t - 2 <= a || v.lower(t - 1) !== 'to') return null
  let k = t - 2
  // Only verbs, adverbs and adjectives: an object ("urged him to say", "asked reporters to say") means the speaker is someone else.
  for (let n = 0; k > a && n < CATENATIVE_MAX && isCatenativeWord(v, lex, k); n++) k--
  if (k === t - 2 && !isCatenativeWord(v, lex, k)) return null
  const p = phraseEndingAt(v, lex, a, k)
  return p && (v.isCapital(p.start) || lex.pronouns.has(v.lower(p.start)) || lex.determiners.has(v.lower(p.start))) ? p : null
}

function isCatenativeWord(v: TokenView, lex: QuoteLexicon, k: number): boolean {
  if (!v.isLowerAscii(k)) return false
  const w = v.lower(k)
  if (lex.skipBeforeCue.has(w) || w === 'on' || w === 'not') return true
  return !OBJECT_PRONOUNS.has(w) && !lex.stopWords.has(w) && !lex.determiners.has(w) && !lex.pronouns.has(w) && !lex.possessives.has(w) && !lex.sourceNouns.has(w) && !lex.groupNouns.has(w)
}

/** "Conway rejected the idea and said that …": a second verb whose subject opens the sentence. */
export function coordinatedSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let j = t - 1
  while (j > a && (lex.skipBeforeCue.has(v.lower(j)) || v.is(j, ','))) j--
  if (j <= a || (v.lower(j) !== 'and' && v.lower(j) !== 'but')) return null
  const p = pronounOfFirstVerb(v, lex, a, t) ?? subordinateSubject(v, lex, a, t) ?? sentenceSubject(v, lex, a, j)
  if (!p) return null
  // "The senator survived five years … and says": the subject ends at the first verb after its head.
  for (let k = p.start + 1; k < p.end; k++) {
    const prev = v.lower(k - 1)
    if (v.isLowerAscii(k) && !lex.determiners.has(v.lower(k)) && ((v.isCapital(k - 1) && !lex.determiners.has(prev)) || lex.sourceNouns.has(prev) || lex.groupNouns.has(prev))) return { start: p.start, end: k, parts: [{ start: p.start, end: k }] }
  }
  return p
}

/** "However, Trump …", "Meanwhile the senator …", "WASHINGTON (AP) — The senator …": sentence adverbs and a dateline before a subject. */
function afterSentenceOpeners(v: TokenView, s: number, t: number): number {
  // A dateline: capitals, maybe a wire in parentheses, then a dash ("WASHINGTON —", "LAS VEGAS, Nev. (AP) —",
  // "Washington (AFP) –", "CAMBRIDGE, Mass., Dec. 11 (UPI) —").
  // Runs for most sentence subjects: character tests only, the word itself is read once a dash was found.
  if (s < t && v.isCapital(s)) {
    let d = s + 1
    while (d < t && d - s < 10 && !v.isOneOf(d, '—–-') && (v.isCapital(d) || v.isOneOf(d, ',.()') || startsWithDigit(v, d))) d++
    if (d < t && v.isOneOf(d, '—–-') && (v.is(d - 1, ')') || /^[A-Z]{3,}$/.test(v.raw(s)))) s = d + 1
  }
  while (s < t && (LEADING_ADVERBS.has(v.lower(s)) || v.is(s, ',') || (/ly$/.test(v.lower(s)) && s + 1 < t && v.is(s + 1, ',')))) s++
  // "Worst of all, …", "Above all, …", "Together, …": a set phrase before the subject's comma.
  if (s + 3 < t && SET_PHRASE_OPENERS.has(v.lower(s))) {
    const first = v.lower(s)
    if (v.lower(s + 1) === 'of' && v.lower(s + 2) === 'all' && v.is(s + 3, ',')) s += 4
    else if ((first === 'above' || first === 'after') && v.lower(s + 1) === 'all' && v.is(s + 2, ',')) s += 3
    else if (first === 'together' && v.is(s + 1, ',')) s += 2
  }
  // "Appearing before supporters on Monday, Suu Kyi said …": an opening participial phrase ends at its comma.
  if (s + 1 < t && v.isCapital(s) && v.lower(s).endsWith('ing') && v.isLowerAscii(s + 1)) {
    let c = s + 1
    while (c < t && c - s < MAX_SET_OFF && !v.is(c, ',')) c++
    if (c < t && v.is(c, ',')) s = c + 1
  }
  return s
}

// First words of the set phrases before a subject ("Worst of all,", "Above all,", "Together,").
const SET_PHRASE_OPENERS = new Set(['worst', 'best', 'most', 'first', 'last', 'above', 'after', 'together'])

function startsWithDigit(v: TokenView, k: number): boolean {
  const c = v.text.charCodeAt(v.start(k))
  return c >= 48 && c <= 57
}

/** The subject at the start of the sentence, after an introductory phrase ("In June, the senator …"). */
export function sentenceSubject(v: TokenView, lex: QuoteLexicon, a: number, t: number): Phrase | null {
  let s = a
  while (s < t && LEADING_CONJUNCTIONS.has(v.lower(s))) s++
  // "Shortly after the vote, …", "Immediately before the debate, …": an adverb before the phrase's preposition.
  const adverbFirst = s + 1 < t && /ly$/.test(v.lower(s)) && (INTRODUCERS.has(v.lower(s + 1)) || SUBORDINATORS.has(v.lower(s + 1)))
  if (INTRODUCERS.has(v.lower(s)) || OPENING_PHRASE_WORDS.has(v.lower(s)) || adverbFirst || opensWithTimeAgo(v, s, t)) {
    while (s < t && !v.is(s, ',')) s++
    s = afterPlaceAndTime(v, lex, s + 1, t)
  }
  s = afterSentenceOpeners(v, s, t)
  if (s >= t) return null
  const p = phraseAfter(v, lex, s, t)
  return p && (v.isCapital(p.start) || lex.pronouns.has(v.lower(p.start)) || lex.determiners.has(v.lower(p.start))) ? withoutVerb(v, lex, p) : null
}

/** "Smith went | to Ohio", "his campaign sent | out an email": a verb after the subject's head is no part of it. */
function withoutVerb(v: TokenView, lex: QuoteLexicon, p: Phrase): Phrase {
  for (let k = p.start + 1; k < p.end; k++) {
    if (!v.isLowerAscii(k)) continue
    const w = v.lower(k), prev = v.lower(k - 1)
    const afterHead = (v.isCapital(k - 1) && !lex.determiners.has(prev)) || lex.sourceNouns.has(prev) || lex.groupNouns.has(prev)
    // "The fracas erupted just …", "the man ended up …": a past tense after a lower-case head (not after "the", "newly").
    if (!afterHead && k >= p.start + 2 && isPastAfterHead(v, lex, k)) return { start: p.start, end: k, parts: partsBefore(p.parts, k) }
    if (!afterHead || lex.determiners.has(w) || lex.stopWords.has(w)) continue
    const next = k + 1 < v.count ? v.lower(k + 1) : ''
    if (w.endsWith('ed') || lex.skipBeforeCue.has(w) || lex.stopWords.has(next) || lex.determiners.has(next) || PARTICLES.has(next) || lex.pronouns.has(next)) return { start: p.start, end: k, parts: partsBefore(p.parts, k) }
    return p
  }
  return p
}

/** A phrase's parts cut at token k, in a list built by push (a `.map().filter()` list took other array kinds, and
 *  code reading parts met them late and was deoptimised). */
function partsBefore(parts: Phrase['parts'], k: number): Phrase['parts'] {
  const out: Phrase['parts'] = []
  for (const x of parts) {
    const end = Math.min(x.end, k)
    if (end > x.start) out.push({ start: x.start, end })
  }
  return out
}

/** A past tense (-ed or irregular) right after a lower-case noun: the verb of the phrase's head. */
function isPastAfterHead(v: TokenView, lex: QuoteLexicon, k: number): boolean {
  const w = v.lower(k), prev = v.lower(k - 1)
  if (!looksPast(w) || !v.isLowerAscii(k - 1)) return false
  return !lex.determiners.has(prev) && !lex.stopWords.has(prev) && !prev.endsWith('ly') && !lex.pronouns.has(prev)
}

/** A cue form used as a noun ("his tweets", "a report", "the show"): preceded by a determiner, possessive or "of". */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'both', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])

// Words that open an introductory phrase before the subject besides INTRODUCERS ("Early in his campaign, Trump …",
// "Back in 1999, …", "Amid the din …, you …", "Although he thanked …, he …").
const OPENING_PHRASE_WORDS = new Set(['early', 'back', 'amid', 'amidst', 'throughout', 'following', 'within', 'across', 'among', 'under', 'unlike', 'like', 'upon', 'although', 'though', 'because', 'if', 'once', 'until', 'whenever', 'having', 'alongside', 'besides', 'beyond', 'against', 'toward', 'towards', 'outside', 'inside', 'behind', 'beside', 'between', 'via', 'without', 'regarding', 'given', 'ahead'])

/**
 * "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …", "In Concord, N.H., on Tuesday, …": after an introductory phrase's
 * comma, a place's state or a date ("Iowa", "Dec. 11") and a phrase of time ("on Sunday") set off by commas belong to it.
 */
function afterPlaceAndTime(v: TokenView, lex: QuoteLexicon, s: number, t: number): number {
  for (let n = 0; n < 3 && s < t; n++) {
    let c = s
    while (c < t && c - s < MAX_SET_OFF && !v.is(c, ',')) c++
    if (c >= t || !v.is(c, ',') || c === s) return s
    const placeOrDate = c - s < 4 && v.isCapital(s - 2) && isCapitalOrNumberRun(v, s, c)
    const time = c - s < 4 && TIME_LEADS.has(v.lower(s)) && (TIME_WORDS.has(v.lower(c - 1)) || PERIODS.has(v.lower(c - 1)))
    // "In a wide-ranging, in-prison interview with …, Lazar said": a lower-case word after the comma goes on describing.
    const described = v.isLowerAscii(s) && !lex.determiners.has(v.lower(s)) && !lex.pronouns.has(v.lower(s)) && !lex.stopWords.has(v.lower(s)) && !hasVerbForm(v, lex, s, c)
    if (!placeOrDate && !time && !described) return s
    s = c + 1
  }
  return s
}

function hasVerbForm(v: TokenView, lex: QuoteLexicon, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (v.isLowerAscii(k) && (FINITE.has(v.lower(k)) || lex.cues.has(v.lower(k)) || IRREGULAR_PASTS.has(v.lower(k)))) return true
  return false
}

/** "Hours later, …", "Two days ago, …", "A week earlier, …": an opening phrase of time. */
function opensWithTimeAgo(v: TokenView, s: number, t: number): boolean {
  for (let k = s + 1; k < t && k - s < 5; k++) if (v.is(k, ',')) return TIME_AGO.has(v.lower(k - 1)) || (OPENING_TIME_LEADS.has(v.lower(s)) && OPENING_TIME_HEADS.has(v.lower(k - 1)))
  return false
}
// "The next month, …", "That night, …", "Last week, …", "One day, …": a phrase of time opening the sentence.
const OPENING_TIME_LEADS = new Set(['the', 'that', 'this', 'last', 'next', 'one', 'each', 'every', 'later', 'earlier'])
const OPENING_TIME_HEADS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time'])
const TIME_AGO = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards', 'before'])

function isCapitalOrNumberRun(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!v.isCapital(k) && !v.is(k, '.') && !/^\d+$/.test(v.raw(k))) return false
  return true
}

/** A speech verb's past tense ("said", "told", "warned"); other participles after a quantifier read as adjectives ("some heated words"). */
function isPastForm(lex: QuoteLexicon, w: string): boolean {
  const cue = lex.cues.get(w)
  return cue?.class === 'speech' && cue.lemma !== w && !w.endsWith('s') && !w.endsWith('ing')
}

export function isNounUse(v: TokenView, lex: QuoteLexicon, t: number, a: number): boolean {
  if (t <= a) return false
  const prev = v.lower(t - 1)
  // "Several said", "two in three said": a past tense after a quantifier is its verb.
  if (QUANTIFIERS.has(prev) && isPastForm(lex, v.lower(t))) return false
  // "One says …, another says …": a singular pronoun before a present in -s (a noun would be singular: "one report").
  if ((prev === 'one' || prev === 'another') && v.lower(t).endsWith('s') && lex.cues.get(v.lower(t))?.class === 'speech') return false
  if (lex.determiners.has(prev) || prev === 'of' || prev === 'this' || prev === 'that' || prev === 'these' || prev === 'those' || prev === 'new') return true
  if (/['’]s$/.test(prev) && !lex.pronouns.has(prev.slice(0, -2))) return true // "Trump's tweets", not "he's said"
  // "Apple Music show The 411": between two capitalised words, inside a title.
  if (t - 1 > a && v.isCapital(t - 1) && t + 1 < v.count && v.isCapital(t + 1) && lex.cues.get(v.lower(t))?.class === 'belief') return true
  if (prev.endsWith('ing') && t - 2 >= a && lex.determiners.has(v.lower(t - 2))) return true // "his early-morning tweets"
  return isModifiedBaseForm(v, lex, t, a)
}

/**
 * A cue's base form after a determiner and a modifier is a noun: "a conference call", "the full support of", "a roll call"
 * ("the officials support …" has a plural, "the one who will call" an auxiliary).
 */
function isModifiedBaseForm(v: TokenView, lex: QuoteLexicon, t: number, a: number): boolean {
  const w = v.lower(t)
  // The base form of a hand-written cue (derived cues name each form as its own lemma), or a gerund ("a strong showing").
  const gerund = w.endsWith('ing')
  if (t - 2 < a || !(gerund || (lex.cues.get(w)?.lemma === w && !w.endsWith('s') && !w.endsWith('ed'))) || !v.isLowerAscii(t - 1)) return false
  const prev = v.lower(t - 1)
  if (lex.pronouns.has(prev) || lex.stopWords.has(prev) || lex.skipBeforeCue.has(prev) || (prev.endsWith('s') && prev !== 'news') || prev.endsWith('ly')) return false
  if (!gerund && isPluralSubjectsVerb(v, lex, t, a)) return false
  // "a statement saying …", "an email stressing …": a gerund after a message noun is its participle, not a noun.
  if (gerund && lex.speechEvents.has(prev)) return false
  // "his unexpectedly strong showing", "the government's only hope": an adverb before the modifier, or a possessive name.
  if (t - 3 >= a && isLyAdverb(v, t - 2) && lex.determiners.has(v.lower(t - 3))) return true
  return lex.determiners.has(v.lower(t - 2)) || (v.isCapital(t - 2) && isPossessive(v.raw(t - 2)))
}

const HEAD_PREPOSITIONS = new Set(['of', 'at', 'in', 'to', 'for', 'with', 'from', 'on'])

/**
 * "Officials at the ministry say …", "Aides to the governor say …", "Sources close to the campaign say …": a speech or belief
 * verb's plural present after a plural head, its preposition and a determined noun is the verb of that head, not a noun.
 */
function isPluralSubjectsVerb(v: TokenView, lex: QuoteLexicon, t: number, a: number): boolean {
  const cue = lex.cues.get(v.lower(t))
  if (!cue || (cue.class !== 'speech' && cue.class !== 'belief') || t - 4 < a || !HEAD_PREPOSITIONS.has(v.lower(t - 3))) return false
  let h = t - 4
  if (h > a && POSTMODIFIER_ADJECTIVES.has(v.lower(h))) h--
  const head = v.lower(h)
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss') && !lex.stopWords.has(head) && !lex.cues.has(head) || lex.groupNouns.has(head) || head === 'people'
}

/** The clause tokens [s, e) as a character range, trimmed of punctuation and cut before a trailing attribution. */
export function clauseRange(v: TokenView, s: number, e: number, lex: QuoteLexicon, minWords = MIN_REPORTED_WORDS): Range | null {
  for (let k = s + 1; k < e - 1; k++) {
    if (!v.is(k, ',')) continue
    const next = v.lower(k + 1)
    if (next === 'according' || (next.endsWith('ing') && lex.cues.get(next)?.class === 'speech')) { e = k; break }
  }
  while (e > s && v.isOneOf(e - 1, '.,;:!?')) e--
  while (s < e && v.isOneOf(s, ',;:')) s++
  let words = 0
  for (let k = s; k < e; k++) if (v.isWord(k)) words++
  if (words < minWords) return null
  // The tokenizer keeps a sentence's closing period on a capitalised last word ("… over Ames."): not part of the content.
  const end = v.text.charCodeAt(v.end(e - 1) - 1) === 46 && /^\p{Lu}\p{Ll}+\.$/u.test(v.raw(e - 1)) ? v.end(e - 1) - 1 : v.end(e - 1)
  return { start: v.start(s), end }
}

// Subordinators that may open a reported clause when a main clause follows their comma ("said if elected, she would …").
const CLAUSE_SUBORDINATORS = new Set(['if', 'when', 'while', 'because', 'although', 'though', 'unless', 'once', 'after', 'before', 'since'])
// Words after "about" that make it an approximator, not a topic ("said about half of …", "said about 40 percent …").
const APPROXIMATED = new Set(['half', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'twice', 'dozen'])

/** "said about half the staff …", "said if elected, she would …": a word that usually ends the cue opens the clause here. */
function opensClauseAnyway(v: TokenView, k: number, b: number): boolean {
  const w = v.lower(k)
  if (w === 'about') return k + 1 < b && (APPROXIMATED.has(v.lower(k + 1)) || /^\d/.test(v.raw(k + 1)))
  if (!CLAUSE_SUBORDINATORS.has(w)) return false
  let m = k + 1
  while (m < b && m - k < 12 && !v.is(m, ',')) m++
  if (m < b - 3 && v.is(m, ',')) return true
  // "said if elected president he could …": no comma, but a subject pronoun and its auxiliary soon after.
  for (let p = k + 2; p + 1 < b && p - k <= 6; p++) if (v.isOneOf(p, ',;') || (SUBJECT_PRONOUNS.has(v.lower(p)) && FINITE.has(v.lower(p + 1)))) return !v.isOneOf(p, ',;')
  return false
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])

// How far past "according to X" the comma closing an aside inside its clause may come.
const MAX_ASIDE_TAIL = 10

/** The comma closing "according to X, …" inside its clause, with at least three words after it; -1 when there is none. */
function closingCommaAfter(v: TokenView, k: number, b: number): number {
  for (let m = k; m < b && m - k <= MAX_ASIDE_TAIL; m++) {
    if (v.isOneOf(m, ';:')) return -1
    if (v.is(m, ',')) return wordsIn(v, m + 1, b) >= 3 ? m : -1
  }
  return -1
}

function hasComma(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (v.is(k, ',')) return true
  return false
}

/** The separator token before an attribution (`,` or `,"`): the clause ends before it. */
function sepBefore(v: TokenView, i: number, a: number): number {
  let k = i
  while (k > a && (v.is(k, ',') || isCloseMark(v, k))) k--
  return k + 1
}

function isPast(w: string): boolean { return w.endsWith('ed') || w === 'said' || w === 'says' || w === 'told' || w === 'wrote' || w === 'writes' || w === 'adds' || w === 'tells' }

import type { QuoteLexicon } from './lexicon.js'
import type { TokenView } from './token-view.js'

/** A speaker phrase as a token range [start, end), with its coordinated parts ("Xi of China and Putin of Russia"). */
export interface Phrase { start: number; end: number; parts: { start: number; end: number }[] }

/** A phrase of the one token k (a pronoun, "both"). */
export const tokenPhrase = (k: number): Phrase => ({ start: k, end: k + 1, parts: [{ start: k, end: k + 1 }] })

const MAX_LOWER_WORDS = 4
export const LEADING_ADVERBS = new Set(['yet', 'but', 'and', 'so', 'however', 'meanwhile', 'still', 'now', 'also', 'then', 'instead', 'indeed', 'thus', 'separately', 'even', 'perhaps', 'besides', 'moreover', 'nonetheless', 'nevertheless', 'likewise', 'similarly', 'ultimately', 'afterward', 'afterwards', 'overall', 'additionally', 'furthermore'])
const TIME_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend'])
const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'earlier', 'early', 'next'])
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])
// A prepositional phrase set off by commas right before the cue ("Lavrov, in a statement, said").
const PP_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'speaking', 'writing'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const MAX_APPOSITIVES = 4
// Longer segments before a cue are clauses, not appositives.
const MAX_APPOSITIVE_TOKENS = 12
// Prepositions opening a phrase set off by commas between a speaker and its cue.
const SET_OFF_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'during', 'after', 'before', 'since', 'until', 'amid', 'despite', 'like', 'unlike', 'under', 'among', 'inside', 'outside', 'through', 'throughout', 'following'])
const SET_OFF_TIME_ENDS = new Set(['later', 'earlier', 'ago'])
const SET_OFF_PAIRS = new Set(['for example', 'for instance', 'in turn', 'in fact', 'of course', 'in particular', 'at least', 'in contrast', 'by contrast', 'for now', 'in response'])
// Adjectives between a plural head and its preposition ("sources close to the campaign", "people familiar with the talks").
export const POSTMODIFIER_ADJECTIVES = new Set(['close', 'closest', 'familiar', 'loyal', 'allied', 'near', 'sympathetic'])
// Prepositions that may sit inside a subject after a source noun ("officials in Kyiv", "the head of Gazprom").
const INNER_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'with'])

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const MONTH_PARTS = new Set(['early', 'late', 'mid'])
const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening'])
// Words that may follow a phrase of time closing an object: another adjunct or a new clause, not the rest of a noun phrase.
const AFTER_TIME_PHRASE = new Set(['and', 'but', 'to', 'that', 'in', 'at', 'on', 'after', 'before', 'when', 'while', 'as', 'because', 'with', 'during', 'by', 'amid', 'following', 'ahead', 'since', 'until'])

/**
 * A phrase of time opening at token m: "on Tuesday", "last week", "earlier this month", "in early June", "in 2009", a bare
 * weekday — when said or done, closing a stance verb's object ("endorsed Trump in early June"). Not inside a noun phrase
 * ("the last year of his term", "a Wednesday night rally", "for Monday night").
 */
export function isTimePhraseAt(v: TokenView, lex: QuoteLexicon, m: number, b: number): boolean {
  // Runs for every token of a stance object: only "in", a time lead or a capitalised word goes on.
  if (m === 0) return false
  // Character tests first: a weekday (Monday … Sunday, maybe with the sentence's period) starts with M, T, W, F or S, a
  // lower-case opener (in, on, last, this, late, early, earlier, next) with e, i, l, n, o or t; other words are not read.
  const c = v.text.charCodeAt(v.start(m)), n = v.end(m) - v.start(m)
  const weekday = n >= 6 && n <= 10 && (c === 77 || c === 84 || c === 87 || c === 70 || c === 83)
  const opener = n >= 2 && n <= 7 && (c === 101 || c === 105 || c === 108 || c === 110 || c === 111 || c === 116)
  if (!(weekday || (opener && TIME_OPENERS.has(v.lower(m))))) return false
  if (lex.determiners.has(v.lower(m - 1)) || FOLLOWED_BY_NOUN_PREPOSITIONS.has(v.lower(m - 1))) return false
  const end = timePhraseEnd(v, m, b)
  if (end < 0) return false
  return end >= b || !v.isWord(end) || AFTER_TIME_PHRASE.has(v.lower(end))
}
const FOLLOWED_BY_NOUN_PREPOSITIONS = new Set(['for', 'of', 'since', 'until', 'by', 'from', 'through'])
const TIME_OPENERS = new Set(['in', ...TIME_LEADS])

/** The tokenizer keeps a sentence's closing period on a capitalised last word ("… in early June."): the word without it. */
function wordWithoutPeriod(v: TokenView, k: number): string {
  const w = v.lower(k)
  return w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w
}

/** The end of the phrase of time opening at m, or -1. */
function timePhraseEnd(v: TokenView, m: number, b: number): number {
  const w = wordWithoutPeriod(v, m)
  let k = -1
  if (WEEKDAYS.has(w)) k = v.isCapital(m) ? m + 1 : -1
  else if (w === 'in' && m + 1 < b) {
    const h = MONTH_PARTS.has(v.lower(m + 1)) && m + 2 < b ? m + 2 : m + 1
    k = (MONTHS.has(wordWithoutPeriod(v, h)) && v.isCapital(h)) || /^(19|20)\d\d$/.test(wordWithoutPeriod(v, h)) ? h + 1 : -1
  } else if (TIME_LEADS.has(w)) {
    for (let h = m + 1; h < b && h - m <= 2; h++) if (TIME_HEADS.has(wordWithoutPeriod(v, h))) { k = h + 1; break }
  }
  if (k > 0 && k < b && DAY_PARTS.has(wordWithoutPeriod(v, k))) k++
  if (k > 0 && k < b && v.lower(k) === 'of') return -1 // "last week of the campaign"
  return k
}

/**
 * The subject phrase that ends just before a cue token (`Lavrov told`, `the minister has said`,
 * `Alexander Gabuev, an expert at X, said`, `Putin, who …, said`), looking no further left than `lo`.
 */
export function subjectBefore(v: TokenView, lex: QuoteLexicon, lo: number, cue: number): Phrase | null {
  let j = cue - 1
  let passive = false
  for (;;) {
    while (j >= lo && (lex.skipBeforeCue.has(v.lower(j)) || isLyAdverb(v, j))) { passive ||= BE.has(v.lower(j)); j-- }
    // "India on Monday said", "the ministry late on Friday said": a time phrase between subject and cue.
    if (j - 1 >= lo && TIME_HEADS.has(v.lower(j)) && TIME_LEADS.has(v.lower(j - 1))) { j -= 2; if (j >= lo && TIME_LEADS.has(v.lower(j))) j--; continue }
    // "Trump at the time said", "Zucker, who in the past has voiced": a set phrase of time between the subject and its cue.
    if (j - 2 >= lo && (v.lower(j) === 'time' || v.lower(j) === 'past') && v.lower(j - 1) === 'the' && v.lower(j - 2) === (v.lower(j) === 'time' ? 'at' : 'in')) { j -= 3; continue }
    // "McConnell, who in 2010 said …", "prosecutors in April charged …": a year or month after "in" between the subject and its cue.
    if (j - 1 >= lo && v.lower(j - 1) === 'in' && (/^(19|20)\d\d$/.test(v.raw(j)) || MONTHS.has(v.lower(j)))) { j -= 2; continue }
    // "A poll released Monday found": a participle and its day after the subject's noun.
    if (j - 2 >= lo && TIME_HEADS.has(v.lower(j)) && v.isLowerAscii(j - 1) && v.lower(j - 1).endsWith('ed') && v.isLowerAscii(j - 2)) { j -= 2; continue }
    // "Jeb Bush in a Medium post said", "the senator in a statement said": where it was said, between the subject and its cue.
    if (v.isLowerAscii(j) && lex.speechEvents.has(v.lower(j))) {
      let m = j - 1
      while (m > lo && j - m < 5 && !OCCASION_PREPOSITIONS.has(v.lower(m))) m--
      if (m > lo && OCCASION_PREPOSITIONS.has(v.lower(m)) && (v.isCapital(m - 1) || lex.pronouns.has(v.lower(m - 1)))) { j = m - 1; continue }
    }
    break
  }
  // "we are assured that …", "it was announced": the subject of a passive is not the speaker.
  if (j < lo || (passive && !v.lower(cue).endsWith('ing'))) return null
  if (v.is(j, ')')) {
    let k = j - 1
    while (k >= lo && !v.is(k, '(')) k--
    j = k - 1
    if (j < lo) return null
  }
  // "Jason Sims — a teacher from Ohio — says", "Kall -- co-editor of a book -- said": an aside between dashes.
  const closing = dashEndingAt(v, j)
  if (closing) {
    let k = j - closing
    while (k >= lo && !dashEndingAt(v, k) && j - k < 24) k--
    if (k < lo || !dashEndingAt(v, k)) return null
    j = k - dashEndingAt(v, k)
    if (j < lo) return null
  }
  if (v.is(j, ',')) return beforeAppositives(v, lex, lo, j)
  const p = phraseEndingAt(v, lex, lo, j)
  return p && (antecedentOfRelative(v, lex, lo, p) ?? headBeforePreposition(v, lex, lo, p)) || p
}

// Prepositions whose object, right before a cue, is a place, an addressee or a topic rather than the subject.
const HEAD_PREPOSITIONS = new Set(['to', 'in', 'at', 'from', 'with', 'for', 'on', 'inside', 'outside', 'near', 'across', 'about', 'over'])
// Prepositions naming whom the subject speaks for ("men from Islamic Jihad", "a producer for Yahoo", "officials at the
// ministry"): the phrase keeps their object, so the speaker links to that organisation.
const AFFILIATION_PREPOSITIONS = new Set(['from', 'for', 'at', 'with'])
// Words before "to" that make it part of a quantity or a compound preposition ("up to 500 people", "close to the talks").
const NOT_HEAD_BEFORE_TO = new Set(['up', 'close', 'next', 'due', 'according', 'prior', 'down'])

/**
 * "Another source speaking to Fox News said", "delegates inside the hall in Philadelphia booed", "one person at the
 * meeting said": the phrase before the cue is the object of a preposition; the noun phrase it modifies is the subject.
 */
function headBeforePreposition(v: TokenView, lex: QuoteLexicon, lo: number, p: Phrase): Phrase | null {
  let head: Phrase | null = null
  let affiliation = true
  for (let n = 0, s = p.start; n < 3 && s - 2 >= lo && v.isLowerAscii(s - 1) && HEAD_PREPOSITIONS.has(v.lower(s - 1)); n++) {
    const prep = v.lower(s - 1)
    if (prep === 'to' && NOT_HEAD_BEFORE_TO.has(v.lower(s - 2))) break
    let k = s - 2
    // A participle between the head and its preposition ("speaking to", "based in").
    if (k - 1 >= lo && v.isLowerAscii(k) && /(ing|ed)$/.test(v.lower(k))) { k--; affiliation = false }
    const q = phraseEndingAt(v, lex, lo, k)
    if (!q) break
    affiliation &&= AFFILIATION_PREPOSITIONS.has(prep)
    head = q
    s = q.start
  }
  if (head && affiliation) return { start: head.start, end: p.end, parts: [{ start: head.start, end: p.end }] }
  return head
}

const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'during', 'at'])
const RELATIVE_PREPOSITIONS = new Set(['with', 'to', 'by', 'for', 'at', 'from', 'in', 'on'])

/** "Officials who spoke with The Huffington Post said": the phrase closes a relative clause; its antecedent speaks. */
function antecedentOfRelative(v: TokenView, lex: QuoteLexicon, lo: number, p: Phrase): Phrase | null {
  if (p.start - 1 <= lo || !RELATIVE_PREPOSITIONS.has(v.lower(p.start - 1))) return null
  for (let k = p.start - 2; k > lo && p.start - k <= 4; k--) {
    if (!v.isLowerAscii(k)) return null
    if (v.lower(k) !== 'who') continue
    return phraseEndingAt(v, lex, lo, k - 1)
  }
  return null
}

// Dashes news copy writes between words: em dash, en dash, horizontal bar (and a double hyphen, two tokens).
const DASHES = '―—–'

/** How many tokens the dash ending at token `j` takes: 1 for ―, — or –, 2 for a double hyphen, 0 when there is none. */
export function dashEndingAt(v: TokenView, j: number): number {
  if (j < 0) return 0
  if (v.isOneOf(j, DASHES) || isSpacedHyphenToken(v, j)) return 1
  return j > 0 && v.is(j, '-') && v.is(j - 1, '-') ? 2 : 0
}

/** A hyphen with a space on each side, written for a dash ("Reynolds - his co-host - told"). */
function isSpacedHyphenToken(v: TokenView, j: number): boolean {
  return v.is(j, '-') && v.text.charCodeAt(v.start(j) - 1) === 32 && v.text.charCodeAt(v.end(j)) === 32
}

/** How many tokens the dash starting at token `k` (before `hi`) takes, as `dashEndingAt` counts them. */
export function dashStartingAt(v: TokenView, k: number, hi = v.count): number {
  if (k >= hi) return 0
  if (v.isOneOf(k, DASHES) || isSpacedHyphenToken(v, k)) return 1
  return k + 1 < hi && v.is(k, '-') && v.is(k + 1, '-') ? 2 : 0
}

/** `NAME, appositive, appositive, cue`: walk back over comma segments to the one that names the speaker. */
function beforeAppositives(v: TokenView, lex: QuoteLexicon, lo: number, comma: number): Phrase | null {
  let segEnd = comma
  let nearest: Phrase | null = null
  // The object of a prepositional aside just passed ("…, from a spokesman of the army, said"): kept in case the segment before
  // it is a whole clause (two sentences run together), not the subject.
  let passedObject: Phrase | null = null
  for (let n = 0; n < MAX_APPOSITIVES && segEnd > lo; n++) {
    let segStart = segEnd - 1
    while (segStart > lo && !v.is(segStart - 1, ',') && isWordOrJoiner(v, segStart - 1)) segStart--
    if (segStart >= segEnd) return nearest
    // "Kelly Ayotte (R-N.H.), who …": a parenthesis closing the segment is skipped.
    let last = segEnd - 1
    if (v.is(last, ')')) { while (last > segStart && !v.is(last, '(')) last--; last-- }
    if (last < segStart) return nearest
    const lw = v.lower(segStart)
    // "Murphy, though, said", "Sanders, whose coalition includes …, said": an adverb or a relative clause names no one.
    // "Rogers, for example, said": a two-word linking phrase names no one either.
    // "Trump, appearing after Clinton at the forum, cited …": a participle's phrase names no one either.
    const participle = last > segStart && v.isLowerAscii(segStart) && lw.length > 4 && lw.endsWith('ing')
    // "Snyder, for his part, has denied", "Trump, in Kentucky, said", "a judge, in response to a request, ordered": a phrase
    // opened by a preposition names no one.
    // "Then DuPont, only two months later, announced", "Cruz, as he has in the past, opposed": a time or a comparison names no one.
    const prepositional = last > segStart && (SET_OFF_PREPOSITIONS.has(lw) || SET_OFF_TIME_ENDS.has(v.lower(last)) || (lw === 'as' && lex.pronouns.has(v.lower(segStart + 1))))
    // "in Aurora, Colorado, …", "at a rally in Wilmington, N.C., …": a name after a place closing the segment before it is
    // that place's state or country.
    const placeTail = v.isCapital(segStart) && segStart - 3 >= lo && v.is(segStart - 1, ',') && v.isCapital(segStart - 2) && isPlacePreposition(v, segStart - 3)
    const aside = (last === segStart && (LEADING_ADVERBS.has(lw) || lw === 'though' || lw === 'too')) || lw === 'whose' || lw === 'who’s' || lw === "who's" || participle || prepositional || placeTail || (last === segStart + 1 && SET_OFF_PAIRS.has(`${lw} ${v.lower(last)}`))
    const p = aside ? null : phraseEndingAt(v, lex, segStart, last)
    // The name must head its segment ("But Megan Hester"), not end it ("director of the Nordic Institute").
    let lead = segStart
    while (lead < segEnd && (lex.stopWords.has(v.lower(lead)) || LEADING_ADVERBS.has(v.lower(lead)))) lead++
    // "Mr. Richardson, a Democrat, said": a phrase with an indefinite article describes the name before it.
    if (p && p.start <= lead && isNameLike(v, lex, p.start, p.end) && !INDEFINITE.has(v.lower(p.start))) return p
    if (passedObject && !p && segEnd - segStart > MAX_APPOSITIVE_TOKENS) return nearest ?? passedObject
    passedObject = prepositional ? phraseEndingAt(v, lex, segStart, last) : null
    // "The complaint, which was filed in Washington, alleged": a name inside a relative clause is not its subject.
    if (lw !== 'which' && lw !== 'who' && lw !== 'that') nearest ??= p
    // Appositives open with a determiner, a role, a relative pronoun or a name; anything else is a clause.
    // An age ("Mr. Regalado, 69, said") is an appositive too.
    const appositive = aside || lex.determiners.has(lw) || isRoleWord(v, lex, segStart) || lw === 'who' || lw === 'which' || v.isCapital(segStart) || (n === 0 && PP_OPENERS.has(lw)) || /^\d+$/.test(lw)
    if (!appositive || segStart - 1 < lo || !v.is(segStart - 1, ',')) return (!appositive && relativeAntecedent(v, lex, lo, segStart)) || nearest
    segEnd = segStart - 1
  }
  return nearest
}

/**
 * "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said": a clause segment that
 * continues a "whose"/"who" clause opened a few commas before; the name before that clause speaks.
 */
function relativeAntecedent(v: TokenView, lex: QuoteLexicon, lo: number, segStart: number): Phrase | null {
  let commas = 0
  for (let k = segStart - 2; k > lo && commas < MAX_APPOSITIVES; k--) {
    if (v.is(k, ',')) { commas++; continue }
    if (!v.is(k - 1, ',')) continue
    const w = v.lower(k)
    if (w !== 'whose' && w !== 'who') continue
    const p = phraseEndingAt(v, lex, lo, k - 2)
    return p && isNameLike(v, lex, p.start, p.end) ? p : null
  }
  return null
}

const INDEFINITE = new Set(['a', 'an'])
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'of'])
function isPlacePreposition(v: TokenView, k: number): boolean { return v.isLowerAscii(k) && PLACE_PREPOSITIONS.has(v.lower(k)) }

function isRoleWord(v: TokenView, lex: QuoteLexicon, i: number): boolean {
  return lex.sourceNouns.has(v.lower(i)) || /^(former|deputy|senior|chief|vice|acting|then|co-)/.test(v.lower(i))
}

/** The noun phrase whose last token is `j`, extended left over names, determiners and a few lower-case words. */
export function phraseEndingAt(v: TokenView, lex: QuoteLexicon, lo: number, j: number): Phrase | null {
  const share = pollShare(v, lo, j)
  if (share) return share
  if (j < lo || !v.isWord(j)) return null
  const head = v.lower(j)
  if (lex.pronouns.has(head) || isPronounContraction(lex, head)) return tokenPhrase(j)
  // "Several said", "Many say": a quantifier standing alone is the speaker phrase.
  if (QUANTIFIER_HEADS.has(head)) return tokenPhrase(j)
  if (lex.stopWords.has(head) || lex.determiners.has(head)) return null
  // A bare plural is a speaker too ("analysts say", "hacking specialists say", "strategists said").
  const listedHead = v.isCapital(j) || lex.sourceNouns.has(head) || lex.groupNouns.has(head) || isBarePlural(v, lex, j)
  if (!listedHead && (isLyAdverb(v, j) || lex.cues.has(head) || /(ing|ed)$/.test(head))) return null
  let s = j
  let lowerWords = 0
  while (s - 1 >= lo) {
    const t = s - 1
    if (!v.isWord(t)) break
    const w = v.lower(t)
    if (lex.determiners.has(w)) { s = t; continue }
    // "this source told", "those officials said": a demonstrative before a listed head determines it.
    if ((w === 'this' || w === 'these' || w === 'those') && s === j && (lex.sourceNouns.has(head) || lex.groupNouns.has(head))) { s = t; break }
    if (lex.stopWords.has(w) || lex.pronouns.has(w)) {
      if ((w === 'and' || w === 'of') && t - 1 >= lo && v.isCapital(t - 1) && v.isCapital(s)) { s = t; continue }
      if (w === 'and' && t - 1 >= lo && isBarePlural(v, lex, j) && isBarePlural(v, lex, t - 1)) { s = t; continue } // "aides and allies"

      if ((INNER_PREPOSITIONS.has(w) || w === 'to') && t - 1 >= lo && lex.sourceNouns.has(v.lower(t - 1))) { s = t; continue } // "aides to the governor"
      // "sources close to the campaign", "people familiar with the talks"
      if ((w === 'to' || w === 'with') && t - 2 >= lo && POSTMODIFIER_ADJECTIVES.has(v.lower(t - 1)) && (lex.sourceNouns.has(v.lower(t - 2)) || isBarePlural(v, lex, t - 2) || IRREGULAR_PLURALS.has(v.lower(t - 2)))) { s = t - 1; continue }
      break
    }
    if (v.isCapital(t)) { s = t; continue }
    if (lex.cues.has(w)) break // a verb: the phrase began after it ("The spot shows | footage")
    if (lex.determiners.has(v.lower(s))) break // nothing precedes a determiner inside a noun phrase
    if (++lowerWords > MAX_LOWER_WORDS || isLyAdverb(v, t)) break
    s = t
  }
  while (s < j && LEADING_ADVERBS.has(v.lower(s))) s++ // "Yet a congressional source told …"
  // Leading lower-case words that are not determiners or role words belong to the clause before it.
  while (s < j && !v.isCapital(s) && !lex.determiners.has(v.lower(s)) && !isRoleWord(v, lex, s) && !isModifierOfRole(v, lex, s, j)) s++
  // An unlisted lower-case head ("the bank", "Connecticut's tax commissioner") needs a determiner or possessive before it.
  if (!listedHead && !(s < j && (lex.determiners.has(v.lower(s)) || v.isCapital(s)))) return null
  // A lone capitalised word opening the sentence that reads as a participle ("Having learned") is no name.
  // A capitalised -ly word is a name here ("Schlafly noted", "Kelly said"): an adverb would be set off by a comma.
  if (s === j && s === lo && /(ing|ed)$/.test(head) && v.isCapital(j)) return null
  return { start: s, end: j + 1, parts: splitParts(v, s, j + 1) }
}

// Expletive subjects written with their verb: "It's easy to call …", "There's reason to believe …", "That's not the same as saying …".
const EXPLETIVES = new Set(["it's", 'it’s', "there's", 'there’s', "that's", 'that’s', "here's", 'here’s'])

/** A contracted expletive alone as the subject of a to-infinitive or gerund cue: it names no speaker. */
export function isExpletiveSubject(v: TokenView, p: Phrase, cue: number): boolean {
  if (cue < 0 || p.end - p.start !== 1 || !EXPLETIVES.has(v.lower(p.start))) return false
  return v.lower(cue).endsWith('ing') || (cue > 0 && v.lower(cue - 1) === 'to')
}

const QUANTIFIER_HEADS = new Set(['several', 'many', 'some', 'both', 'one', 'another'])
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])
const SHARE_LEADS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'just', 'only'])

/** A poll share ending at `j`: "42%", "six in 10", "nearly 7 in 10", "more than 4 in 10". */
function pollShare(v: TokenView, lo: number, j: number): Phrase | null {
  if (j < lo) return null
  // Cheap test first: a share ends in "%" or a number ("10" in "six in 10").
  const last = v.text.charCodeAt(v.end(j) - 1)
  // "two in three": the number may be a word.
  if (last !== 37 && !(last >= 48 && last <= 57) && !(v.end(j) - v.start(j) <= 5 && NUMBER_WORDS.has(v.lower(j)))) return null
  let s: number
  if (v.is(j, '%') && j - 1 >= lo && isNumber(v, j - 1)) s = j - 1
  else if (/^\d+(\.\d+)?%$/.test(v.raw(j))) s = j
  else if (j - 2 >= lo && isNumber(v, j) && v.lower(j - 1) === 'in' && isNumber(v, j - 2)) s = j - 2
  else return null
  if (s - 1 >= lo && SHARE_LEADS.has(v.lower(s - 1))) s--
  else if (s - 2 >= lo && v.lower(s - 1) === 'than' && (v.lower(s - 2) === 'more' || v.lower(s - 2) === 'fewer')) s -= 2
  return { start: s, end: j + 1, parts: [{ start: s, end: j + 1 }] }
}

/** A pronoun and an auxiliary written as one token: "they’ve (suggested)", "he's (said)", "we'd (argued)". */
function isPronounContraction(lex: QuoteLexicon, w: string): boolean {
  if (w.length > 7 || (!w.includes("'") && !w.includes('’'))) return false
  const m = /^([a-z]+)['’](ve|s|d|ll|re|m)$/.exec(w)
  return m !== null && lex.pronouns.has(m[1]!) && lex.pronouns.get(m[1]!) !== 'relative' && m[1] !== 'it'
}

// Plurals not written with -s ("white men supported Sanders", "most people say").
const IRREGULAR_PLURALS = new Set(['men', 'women', 'people', 'children'])

function isBarePlural(v: TokenView, lex: QuoteLexicon, j: number): boolean {
  const w = v.lower(j)
  if (IRREGULAR_PLURALS.has(w)) return v.isLowerAscii(j)
  return v.isLowerAscii(j) && w.length > 4 && w.endsWith('s') && !/(ss|us|is|ous)$/.test(w) && !lex.cues.has(w) && !lex.stopWords.has(w) && !lex.determiners.has(w)
}

function isNumber(v: TokenView, k: number): boolean { return /^\d+(\.\d+)?$/.test(v.raw(k)) || NUMBER_WORDS.has(v.lower(k)) }

function isModifierOfRole(v: TokenView, lex: QuoteLexicon, i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if (isRoleWord(v, lex, k) || v.isCapital(k)) return true
  return false
}

/**
 * The phrase that starts at token `i` (after `said`, `according to`, `quoting`): a pronoun, or
 * determiners, names and a few lower-case words; a possessive ends it (`quoting Putin's view`).
 */
export function phraseAfter(v: TokenView, lex: QuoteLexicon, i: number, hi: number, possessiveEnds = true): Phrase | null {
  if (i >= hi || !v.isWord(i)) return null
  const first = v.lower(i)
  // A relative or interrogative word opens a clause, not a phrase ("asked which candidate …", "asked who …").
  if (lex.pronouns.get(first) === 'relative') return null
  if (lex.pronouns.has(first)) return tokenPhrase(i)
  let e = i
  let lowerWords = 0
  let named = false
  while (e < hi && v.isWord(e)) {
    const w = v.lower(e)
    if (lex.stopWords.has(w)) {
      if ((w === 'and' || w === 'of') && named && e + 1 < hi && v.isCapital(e + 1)) { e++; continue }
      if (INNER_PREPOSITIONS.has(w) && e > i && lex.sourceNouns.has(v.lower(e - 1)) && e + 1 < hi && v.isCapital(e + 1)) { e++; continue }
      // "a recent analysis by Bloomberg New Energy Finance", "a report by the Harbour Institute": the author is part of the source.
      if ((w === 'by' || w === 'from') && e > i && v.isLowerAscii(e - 1) && e + 1 < hi && (v.isCapital(e + 1) || (e + 2 < hi && lex.determiners.has(v.lower(e + 1)) && v.isCapital(e + 2)))) { e += v.isCapital(e + 1) ? 1 : 2; continue }
      break
    }
    // A verb or an adverb ends the phrase ("CCTV said Putin …", "Schultz generally …"); after a determiner a cue form is a noun ("the report").
    // "a recent report from X": after a determiner and one modifier a cue form is a noun too.
    if (!v.isCapital(e) && (lex.cues.has(w) || isLyAdverb(v, e)) && !(e > i && lex.determiners.has(v.lower(e - 1))) && !(e - 1 > i && lex.determiners.has(v.lower(e - 2)) && v.isLowerAscii(e - 1) && !lex.cues.has(v.lower(e - 1)))) break
    if (e > i && lex.determiners.has(w) && !lex.determiners.has(v.lower(e - 1)) && !v.isCapital(e - 1)) break // "told reporters | the talks …"
    if (e > i && (lex.pronouns.has(w) || isPronounContraction(lex, w))) break // "reminded Thor | he would …", "told the Post | he’s …"
    if (v.isCapital(e)) named = true
    else if (!lex.determiners.has(w) && ++lowerWords > MAX_LOWER_WORDS) break
    e++
    if (possessiveEnds && isPossessive(v.raw(e - 1))) break
  }
  if (e === i) return null
  // A phrase ends on a name or a noun, not on trailing lower-case verbs ("said Smith told").
  while (e > i + 1 && !v.isCapital(e - 1) && (lex.cues.has(v.lower(e - 1)) || v.lower(e - 1).endsWith('ed')) && !lex.determiners.has(v.lower(e - 2))) e--
  return { start: i, end: e, parts: splitParts(v, i, e) }
}

export function isPossessive(word: string): boolean { return /['’]s$/.test(word) || /s['’]$/.test(word) }

/** Split a phrase at `and` between names: "Xi Jinping of China and Vladimir Putin of Russia". */
function splitParts(v: TokenView, s: number, e: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = []
  let a = s
  for (let k = s; k < e; k++) {
    if (v.lower(k) === 'and' && k > a) { parts.push({ start: a, end: k }); a = k + 1 }
  }
  if (a < e) parts.push({ start: a, end: e })
  return parts
}

/** Every word capitalised (particles allowed): a bare name rather than a description. */
function isNameLike(v: TokenView, lex: QuoteLexicon, s: number, e: number): boolean {
  if (e - s === 1 && /^[RDI]-[A-Z]/.test(v.raw(s))) return false // a party-state tag ("R-N.H."), not a name
  for (let k = s; k < e; k++) {
    const w = v.lower(k)
    if (!v.isCapital(k) && !/^(bin|al|de|van|von|der|da|di|le|la|and|of)$/.test(w) && !lex.determiners.has(w)) return false
  }
  return true
}

function isWordOrJoiner(v: TokenView, i: number): boolean {
  const r = v.raw(i)
  return v.isWord(i) || r === '-' || r === '&' || r === '(' || r === ')' || r === '/' || r === '.' // "(R-Mo.)"
}

// Words in -ly that are adjectives or nouns, not adverbs ("early results", "a weekly poll", "the assembly").
const LY_NOT_ADVERBS = new Set(['family', 'italy', 'ally', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'nightly', 'hourly', 'elderly', 'friendly', 'costly', 'deadly', 'likely', 'unlikely', 'assembly', 'rally', 'supply', 'reply', 'monopoly', 'anomaly', 'bully'])

export function isLyAdverb(v: TokenView, i: number): boolean {
  const w = v.lower(i)
  return w.length > 4 && w.endsWith('ly') && !v.isCapital(i) && !LY_NOT_ADVERBS.has(w)
}

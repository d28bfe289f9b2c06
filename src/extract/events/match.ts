import type { Element, Rule, RuleIndex } from './rules.js'
import { BREAKS, DETERMINERS, NOUN_MODIFIERS, PREPOSITIONS } from './words.js'
import type { WordsView } from './words-view.js'

// Irregular past forms that read as verbs even after a modifier noun ("the rocket struck a school").
const PAST_VERBS = new Set(['struck', 'fought', 'hit', 'shot', 'beat', 'sent', 'met', 'held', 'led', 'fled', 'seized', 'cut', 'put', 'set', 'shut', 'quit', 'spread', 'cast'])

const GETTING_VERBS = new Set(['win', 'wins', 'won', 'winning', 'gain', 'gains', 'gained', 'gaining', 'garner', 'garners', 'garnered', 'receive',
  'receives', 'received', 'receiving', 'enjoy', 'enjoys', 'enjoyed', 'lack', 'lacks', 'lacked', 'lose', 'loses', 'lost', 'drew', 'draw', 'draws',
  'attract', 'attracts', 'attracted', 'got', 'get', 'gets'])
const HAVING = new Set(['has', 'have', 'had', 'having'])
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'several', 'many', 'few', 'remaining', 'other'])
const PARTICIPLE_END = /(?:en|wn|ne|un|rn|ht|lt|pt)$/ // "had withdrawn from", "has gone from", "had sought from"

/** A rule matched at a trigger token; `end` is exclusive. `claim`: a directive verb used for a claim ("insisted that
 *  the visit was no endorsement"): no event, but it still governs its complement, whose acts are only claimed. */
export interface RuleMatch { rule: Rule; trigger: number; end: number; claim: boolean }

/** Where the pattern elements els[k…] end when matched from token `pos` (exclusive), or -1. */
function matchFrom(view: WordsView, els: Element[], k: number, pos: number, limit: number): number {
  if (k === els.length) return pos
  const el = els[k]!
  if ('gap' in el) {
    // The usual next element is a required word ("sign ~ deal"): test it here rather than through a call per position.
    const next = els[k + 1]
    const word = next && 'words' in next && !next.optional ? next.words : null
    for (let g = 0; g <= el.gap && pos + g <= limit; g++) {
      if (g > 0) {
        const w = view.lower(pos + g - 1)
        if (BREAKS.has(w) || (w === ',' && !isDigitComma(view, pos + g - 1))) break
      }
      if (word && !(pos + g < limit && word.has(view.lower(pos + g)))) continue
      const r = word ? matchFrom(view, els, k + 2, pos + g + 1, limit) : matchFrom(view, els, k + 1, pos + g, limit)
      if (r >= 0) return r
    }
    return -1
  }
  if (pos < limit && el.words.has(view.lower(pos))) {
    const r = matchFrom(view, els, k + 1, pos + 1, limit)
    if (r >= 0) return r
  }
  return el.optional ? matchFrom(view, els, k + 1, pos, limit) : -1
}

// "100,000" is three tokens; its comma does not end a clause.
function isDigitComma(view: WordsView, i: number): boolean {
  return /^\d/.test(view.lower(i + 1)) && /\d$/.test(view.lower(i - 1))
}

/** The trigger word is used as a noun or as part of a name here, so verb rules do not apply. */
function readsAsNounOrName(view: WordsView, word: string, i: number, first: number): boolean {
  // After a determiner or possessive the word is a noun ("the attacks", "a shooting", "its demand"): verb rules do not apply.
  const prev = view.lower(i - 1)
  // After a preposition a bare verb form is a noun ("a result of torture"); a gerund stays a verb ("in opposing"), except after "of".
  const nounUse = DETERMINERS.has(prev) || prev.endsWith("'s") || (prev !== 'to' && PREPOSITIONS.has(prev) && (prev === 'of' || !word.endsWith('ing')))
    || (NOUN_MODIFIERS.has(prev) && !word.endsWith('ed') && !word.endsWith('ing') && !PAST_VERBS.has(word))
    // "a 100-kiloton yield", "10-year yields": a bare form after a hyphenated measure is a noun.
    || (/\d-[a-z]/.test(prev) && !word.endsWith('ed') && !word.endsWith('ing'))
    // "the three detained Americans", "two imprisoned journalists": a participle between a number and a noun qualifies the
    // noun ("thousands marched in …", "thousands protested the attack" stay verbs).
    || (word.endsWith('ed') && COUNTS.has(prev) && nounAfter(view, i + 1))
    // "Obama won support", "drew criticism", "the regime still has support from Russia": a bare form after a verb of
    // getting, or of having with "from" after it, is its object, a noun ("has spoken", "had cut" stay verbs).
    || ((GETTING_VERBS.has(prev) || (HAVING.has(prev) && view.lower(i + 1) === 'from' && !PARTICIPLE_END.test(word))) && !word.endsWith('ed') && !word.endsWith('ing') && !PAST_VERBS.has(word))
  // A capitalised verb form inside a sentence is part of a name ("Associated Press", "Desert Storm").
  return nounUse || (i > first && view.isCapitalised(i) && !BREAKS.has(prev) && prev !== '"' && prev !== '“') || compoundAfterName(view, word, i, first)
}

/** Does a noun (or a name) stand at token i, not a preposition, determiner, conjunction or mark? */
function nounAfter(view: WordsView, i: number): boolean {
  const w = view.lower(i)
  return /^[a-z]/.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !BREAKS.has(w) && w !== 'and' && w !== 'or' && w !== 'by'
}

/** "the Russia probe", "a US strike": a bare verb form after a determiner and a singular name is a compound noun
 *  (a singular subject would take "probes"; "the Americans attack" stays a verb). */
function compoundAfterName(view: WordsView, word: string, i: number, first: number): boolean {
  const name = view.lower(i - 1)
  // Plural names take a bare verb: "the Americans", "the Chinese", "the French".
  if (i - 1 <= first || !view.isCapitalised(i - 1) || name.endsWith('s') || name.endsWith('ese') || name.endsWith('ch') || name.endsWith('ish')) return false
  if (word.endsWith('s') || word.endsWith('ed') || word.endsWith('ing') || PAST_VERBS.has(word)) return false
  let k = i - 1
  while (k > first && i - k <= 3 && view.isCapitalised(k) && !DETERMINERS.has(view.lower(k))) k--
  if (!DETERMINERS.has(view.lower(k))) return false
  // "Israel and the PA agree", "let the US strike": a plural subject, or a bare infinitive after a causative verb.
  return k === first || !PLURAL_OR_CAUSATIVE.has(view.lower(k - 1))
}

const PLURAL_OR_CAUSATIVE = new Set(['and', ',', 'let', 'lets', 'help', 'helped', 'make', 'made', 'makes', 'see', 'saw', 'watch', 'watched', 'have', 'had'])

/**
 * Every rule whose trigger occurs in tokens [first, end) and whose pattern matches there. `candidates`
 * are the sentence's tokens that may be triggers (RuleIndex.triggerFilter), ascending; no other is tried.
 */
export function findMatches(view: WordsView, index: RuleIndex, candidates: readonly number[], first: number, end: number): RuleMatch[] {
  const out: RuleMatch[] = []
  for (const i of candidates) {
    const word = view.lower(i)
    const rules = index.byTrigger.get(word)
    if (!rules) continue
    let notVerb: boolean | undefined // read once, for the first verb rule that asks
    for (const rule of rules) {
      if (rule.kind === 'verb' && !rule.fixed && (notVerb ??= readsAsNounOrName(view, word, i, first))) continue
      if (rule.blockedAfter?.has(view.lower(i - 1)) || rule.blockedBefore?.has(view.lower(i + 1))) continue
      const e = matchFrom(view, rule.elements, 0, i + 1, end)
      if (e >= 0 && !voided(view, rule, word, i, e)) out.push({ rule, trigger: i, end: e, claim: !!rule.directive && !asksForSomething(view, e, end) })
    }
  }
  return out
}

/** Does what stands after or inside a match void it: a word the rule excludes after it or in its gap, or a legal word
 *  after an act of force ("kidnapping charges")? */
function voided(view: WordsView, rule: Rule, word: string, i: number, e: number): boolean {
  const after = view.lower(e)
  if (rule.blockedFollowing?.has(after)) return true
  if (LEGAL_HEADS.has(after) && rule.material && (rule.kind === 'noun' || word.endsWith('ing'))) return true
  return !!rule.blockedInGap && anyIn(view, rule.blockedInGap, i + 1, e)
}

// "insisted that the talks must go on", "insisted that the Chinese be present", "insists Hamas halt …": words that
// make what follows a demand, not a claim ("insisted that the visit was no endorsement").
const OBLIGATION = new Set(['must', 'should', 'ought', 'need', 'needs', 'be', 'halt', 'stop', 'end', 'leave', 'withdraw', 'release', 'return', 'allow', 'accept', 'apologise', 'apologize', 'resign'])
const NOT_BARE = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'to', 'not', "n't", 'cannot', 'shall', 'did', 'does', 'do'])

/** Does the clause after a directive verb ask for something: "insisted on …", or a word of obligation or a bare
 *  "be"/imperative verb (not after a modal or "to") within it? */
function asksForSomething(view: WordsView, from: number, end: number): boolean {
  const first = view.lower(from)
  if (first === 'on' || first === 'upon') return true
  for (let i = from; i < Math.min(end, from + 12); i++) {
    const w = view.lower(i)
    if (BREAKS.has(w)) return false
    if (OBLIGATION.has(w) && !NOT_BARE.has(view.lower(i - 1)) && !DETERMINERS.has(view.lower(i - 1))) return true
    if ((w === 'has' || w === 'have') && view.lower(i + 1) === 'to') return true
  }
  return false
}

// "kidnapping charges", "murder trial", "assault allegations": an act named as the topic of a legal word is no event.
const LEGAL_HEADS = new Set(['charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations', 'trial', 'trials', 'conviction',
  'convictions', 'count', 'counts', 'indictment', 'indictments', 'suspect', 'suspects', 'sentence', 'sentences'])

function anyIn(view: WordsView, words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.has(view.lower(k))) return true
  return false
}

/** "rejected the claim and criticised France", "refused … but accused": a past or present-tense verb after and/but
 *  starts a clause of its own, outside the complement of the verb before ("agreed to withdraw and release …" does not). */
export function coordinatedClause(view: WordsView, i: number): boolean {
  const before = view.lower(i - 1)
  if (before !== 'and' && before !== 'but') return false
  const w = view.lower(i)
  return /^[a-z]+(?:ed|es)$/.test(w) && view.raw(i) === w
}

/** Where a governing verb's complement ends: at the clause's end, or where a coordinated clause begins. */
function complementEnd(view: WordsView, from: number, end: number): number {
  const to = clauseEnd(view, from, end)
  for (let i = from + 1; i < to; i++) if (coordinatedClause(view, i)) return i - 1
  return to
}

function clauseEnd(view: WordsView, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const w = view.lower(i)
    if (BREAKS.has(w) || w === ',') return i
  }
  return end
}

// "promised to stop assassinating …": an intention to stop an act is not an intention to do it.
const CESSATION = new Set(['stop', 'halt', 'end', 'cease', 'suspend', 'quit', 'avoid', 'prevent'])

/** The match that heads the complement of a governing match, right after it ("ready to strike Syria", "vowed to
 *  swiftly hit back" → the strike), or null. */
export function complementOf(view: WordsView, matches: readonly RuleMatch[], m: RuleMatch, sentenceEnd: number): RuleMatch | null {
  if (CESSATION.has(view.lower(m.end))) return null
  const to = clauseEnd(view, m.end, Math.min(sentenceEnd, m.end + 2))
  let first: RuleMatch | null = null
  for (const o of matches) if (o !== m && o.trigger >= m.end && o.trigger < to && (!first || o.trigger < first.trigger)) first = o
  return first
}

/**
 * Keeps one match per trigger: the longest pattern (most specific), then the earliest rule.
 * Drops matches whose trigger lies inside a longer match ("sign a deal" hides "deal") or inside
 * the complement of a governing verb ("refused to send officials": no separate "send" event).
 */
export function selectMatches(view: WordsView, matches: RuleMatch[], sentenceEnd: number): RuleMatch[] {
  // One match (the usual case) has nothing to compete with and no other match to govern it.
  if (matches.length <= 1) return matches.length && matches[0]!.claim ? [] : matches
  const governed: [number, number, number][] = [] // [from, to, trigger]
  for (const m of matches) if (m.rule.governs) governed.push([m.end, complementEnd(view, m.end, sentenceEnd), m.trigger])
  // A match whose span holds another match's trigger is the head ("ended mediation efforts", "signed a treaty of …").
  const score = new Map<RuleMatch, number>()
  for (const m of matches) {
    let head = false
    for (const o of matches) if (o.trigger > m.trigger && o.trigger < m.end) { head = true; break }
    score.set(m, m.end - m.trigger + (head ? 100 : 0))
  }
  const ranked = matches.length === 1 ? matches : [...matches].sort((a, b) => score.get(b)! - score.get(a)! || b.rule.elements.length - a.rule.elements.length || a.rule.order - b.rule.order)
  const kept: RuleMatch[] = []
  for (const m of ranked) {
    if (governed.some(([from, to, t]) => t < m.trigger && m.trigger >= from && m.trigger < to)) continue
    if (kept.some((k) => k.trigger === m.trigger || (m.trigger > k.trigger && m.trigger < k.end) || (k.trigger > m.trigger && k.trigger < m.end))) continue
    kept.push(m)
  }
  return kept.filter((m) => !m.claim).sort((a, b) => a.trigger - b.trigger)
}

import { readFileSync } from 'node:fs'
import { nounForms, verbForms } from './inflect.js'
import { WordFilter } from '../word-filter.js'

/** A rule as written in data/events/*.json. */
export interface RuleSpec {
  id: string
  p: string                 // pattern: trigger, then elements ("sign ~ deal|treaty", "backing for")
  cameo: string
  type?: string             // PLOVER type override, where the manual's text differs from the table
  mode?: string
  fixed?: boolean           // trigger is taken as written (no inflection)
  joint?: boolean           // a joint act: every participant is source and target ("X and Y met")
  governs?: boolean         // takes a complement ("refuse to send …"): events inside it are not asserted
  intent?: boolean          // states intent (PLOVER AGREE): sets modality.future
  target?: 'none' | 'place' // no target, or only the place the act is aimed at ("arrived in Beijing")
  reported?: boolean        // states an allegation (modality.reported)
  source?: 'reporter' | 'from' // the one who says it ("what the ministry called a prelude to a blockade"), or the one after
                            // the pattern's "from", the clause's subject receiving ("Assad still has support from Russia")
  targetFrom?: 'subject' | 'agent' // the target is the subject of the reported clause, or the agent after "by"
  ifNoTarget?: string       // CAMEO code when no target is found ("fired a missile" → show of force)
  notAfter?: string[]       // lemmas that make the trigger a particle ("push back", "came back")
  needsTarget?: boolean     // meaningless without a recipient ("attended the ceremony")
  notBefore?: string[]      // words after the trigger that make it a particle ("back up", "back home")
  notFollowedBy?: string[]  // words right after the whole pattern that void it ("declined to comment")
  objectIsTopic?: boolean   // the direct object is what is talked about, the other party comes with "with" ("discussed Syria")
  directive?: boolean       // a request only when what follows asks for something ("insisted that X must …", "insisted on"), not a claim
  notInGap?: string[]       // words that void the match inside its gap ("staged an air strike" is no labour strike)
  needsAct?: boolean        // a readiness coded only with a recipient or an act it governs ("ready to lift the ban"; not "willing to go that far")
}

export interface RuleFile { version: string; kind: 'verb' | 'noun'; provenance: string; patterns: RuleSpec[] }

/** One pattern element: a set of accepted lower-case words (with their possessives), or a gap of up to `gap` words. */
export type Element = { words: Set<string>; optional: boolean } | { gap: number }

export interface Rule extends RuleSpec {
  /** An act of protest, force, coercion or violence (CAMEO 14–20), which a legal word after it makes a topic ("kidnapping charges"). */
  material: boolean
  blockedInGap: Set<string> | null
  blockedAfter: Set<string> | null
  blockedBefore: Set<string> | null
  blockedFollowing: Set<string> | null
  kind: 'verb' | 'noun'
  order: number
  triggers: string[]
  elements: Element[]
  /** The pattern as written, for `explain`. */
  pattern: string
}

export interface RuleIndex {
  version: string
  rules: Rule[]
  /** Lower-case trigger form → rules it starts; only these are tried (one Map lookup per token). */
  byTrigger: Map<string, Rule[]>
  /** Rejects most tokens that are no trigger before any lower-casing or lookup. */
  triggerFilter: WordFilter
}

// Function words keep their one form; content words in later elements also match their plural.
const FUNCTION_WORDS = new Set(['to', 'with', 'on', 'of', 'for', 'against', 'in', 'that', 'the', 'a', 'an', 'from', 'into', 'at', 'by',
  'up', 'down', 'off', 'out', 'over', 'back', 'away', 'upon', 'between', 'behind', 'aside', 'alongside', 'through', 'outside', 'about'])

const GAP = 5

function expandWord(word: string): string[] {
  if (word.startsWith('^')) return verbForms(word.slice(1))
  return FUNCTION_WORDS.has(word) ? [word] : nounForms(word)
}

// "deal's", "allies'": a possessive matches its word, so one Set lookup per token suffices when matching.
function withPossessives(forms: string[]): Set<string> {
  const words = new Set(forms)
  for (const w of forms) { words.add(`${w}'s`); if (w.endsWith('s')) words.add(`${w}'`) }
  return words
}

export function compileRule(spec: RuleSpec, kind: 'verb' | 'noun', order: number, where: string): Rule {
  const parts = spec.p.trim().split(/\s+/)
  const head = parts.shift()
  if (!spec.id || !head || !/^\d{2,4}$/.test(spec.cameo ?? '')) throw new Error(`events/rule: ${where}: rule ${spec.id ?? '?'} needs an id, a pattern and a CAMEO code`)
  const triggers = head.split('|').flatMap((w) => spec.fixed ? [w] : kind === 'verb' ? verbForms(w) : nounForms(w))
  const elements: Element[] = parts.map((part) => {
    if (part === '~') return { gap: GAP }
    if (/^~\d$/.test(part)) return { gap: Number(part.slice(1)) }
    const optional = part.startsWith('?')
    const words = withPossessives((optional ? part.slice(1) : part).split('|').flatMap(expandWord))
    return { words, optional }
  })
  const blockedAfter = spec.notAfter ? new Set(spec.notAfter.flatMap(verbForms)) : null
  const blockedBefore = spec.notBefore ? new Set(spec.notBefore) : null
  const blockedFollowing = spec.notFollowedBy ? new Set(spec.notFollowedBy) : null
  const blockedInGap = spec.notInGap ? new Set(spec.notInGap) : null
  // Every field named, in one order (absent options undefined): the rule files give each rule only the options it
  // uses, and a spread of them made some 25 object shapes, so every rule field read while matching was megamorphic.
  return {
    id: spec.id, p: spec.p, cameo: spec.cameo, type: spec.type, mode: spec.mode, fixed: spec.fixed, joint: spec.joint,
    governs: spec.governs, intent: spec.intent, target: spec.target, reported: spec.reported, source: spec.source,
    targetFrom: spec.targetFrom, ifNoTarget: spec.ifNoTarget, notAfter: spec.notAfter, needsTarget: spec.needsTarget,
    notBefore: spec.notBefore, notFollowedBy: spec.notFollowedBy, objectIsTopic: spec.objectIsTopic, directive: spec.directive,
    notInGap: spec.notInGap, needsAct: spec.needsAct, material: Number(spec.cameo.slice(0, 2)) >= 14, kind, order, triggers, elements, pattern: spec.p, blockedAfter, blockedBefore, blockedFollowing, blockedInGap,
  }
}

export function buildIndex(files: RuleFile[]): RuleIndex {
  const rules: Rule[] = []
  const seen = new Set<string>()
  for (const file of files) {
    for (const spec of file.patterns) {
      if (seen.has(spec.id)) throw new Error(`events/rule: duplicate rule id ${spec.id}`)
      seen.add(spec.id)
      rules.push(compileRule(spec, file.kind, rules.length, `${file.kind} rules`))
    }
  }
  const byTrigger = new Map<string, Rule[]>()
  for (const rule of rules) {
    for (const t of new Set(rule.triggers)) {
      const list = byTrigger.get(t)
      if (list) list.push(rule); else byTrigger.set(t, [rule])
    }
  }
  return { version: files.map((f) => f.version).join('+'), rules, byTrigger, triggerFilter: new WordFilter(byTrigger.keys()) }
}

const RULE_FILES = ['verbs.json', 'nouns.json']
let cached: RuleIndex | null = null

/** Loads data/events/*.json once per process. */
export function loadRules(): RuleIndex {
  if (cached) return cached
  const files = RULE_FILES.map((name) => {
    const url = new URL(`../../../data/events/${name}`, import.meta.url)
    try { return JSON.parse(readFileSync(url, 'utf8')) as RuleFile } catch (err) {
      throw new Error(`events/rule-file: data/events/${name}: ${(err as Error).message}`)
    }
  })
  cached = buildIndex(files)
  return cached
}

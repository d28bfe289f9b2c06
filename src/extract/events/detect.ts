import type { Article, CodedEvent, EventActor, EventReasoning, Modality } from '../../article/index.js'
import { cameoEntry, type CameoCode } from './ontology.js'
import { actorKey, backerOf, collectMentions, lendSentenceCountry, mentionVia, type ActorMention } from './mentions.js'
import { complementOf, findMatches, selectMatches, type RuleMatch } from './match.js'
import { readModality } from './modality.js'
import { intentCode } from './recode.js'
import { quotedTexts, roleFill, SentenceActors, type Roles } from './roles.js'
import type { Rule, RuleIndex } from './rules.js'
import { SentenceFacts } from './sentence-facts.js'
import { resolvePlace, type PlaceLookup } from './where.js'
import { WordsView } from './words-view.js'
import { DETERMINERS, PREPOSITIONS } from './words.js'

/** An event with its reasoning (what `entente explain` prints). */
export interface DetectedEvent extends CodedEvent { why: EventReasoning }

/** A rule that matched but coded nothing: no acting party named, or nobody the act was aimed at. */
export interface Uncoded { place: { start: number; end: number }; rule: string; why: 'no-source' | 'no-target' }
export interface DetectOutput { events: DetectedEvent[]; uncoded: Uncoded[] }

export interface DetectResources { rules: RuleIndex; cameo: Map<string, CameoCode>; lookupPlace: PlaceLookup }

// "talks with", "deal between": the one after the preposition is a partner, not a recipient.
const PARTNER = new Set(['with', 'between', 'and', 'among'])
const SUBORDINATORS = new Set(['as', 'while', 'when', 'because', 'although', 'though', 'whereas', 'since', 'if', 'unless', 'after', 'before', 'who', 'which', 'that', 'where'])
// CAMEO codes whose acts without a named recipient are domestic: intents where no other country is named (03),
// easing restrictions and dissent (080–083), refusing to step down (124, the refusal of 0831), protest (14), coerce (17),
// assault (18). Retreats and surrenders have a counterpart. (Demands for reform, 104, were tried: on AllSides they mostly
// coded noun uses read as verbs, "U.S. demands for reforms", against the wrong country.)
const DOMESTIC = /^(?:03|08[0-3]|124$|14|17|18)/
const COOPERATIVE_INTENT_OK = new Set(['resign'])
// Acts a news outlet reports but does not do: intentions, consultation, diplomatic cooperation, aid, yielding, material
// cooperation, force posture, reducing relations, protest, coercion and violence (03–08, 14–20). Its own appeals,
// demands, accusations and threats (editorials: "Der Spiegel urged …") stay.
const NOT_BY_MEDIA = /^(?:0[3-8]|1[4-9]|20)/
const INNER_NEGATION = new Set(['no', 'never', 'without', 'neither', 'nor'])
// People who take part in a meeting for their country ("the leaders of France", "a delegation from Mexico").
const PARTY_NOUNS = new Set(['leader', 'leaders', 'president', 'presidents', 'head', 'heads', 'delegation', 'delegations', 'counterpart',
  'counterparts', 'minister', 'ministers', 'officials', 'representatives', 'envoy', 'envoys', 'members', 'king', 'government', 'diplomats'])

function uniqueActors(mentions: ActorMention[]): EventActor[] {
  const seen = new Set<string>()
  const out: EventActor[] = []
  for (const m of mentions) for (const a of m.actors) {
    const k = actorKey(a)
    if (!seen.has(k)) { seen.add(k); out.push(a) }
  }
  return out
}

/** Each country as the recipient of a domestic act, in a list built by push. The target lists codeMatch reads are
 *  arrays of objects built by push or filter; a `.map` result (holey to V8) or a `[]` literal (small integers) met
 *  among them late in a run deoptimised codeMatch, a large function then compiled again. */
function domesticTargets(countries: readonly string[]): EventActor[] {
  const out: EventActor[] = []
  for (const c of countries) out.push({ entity: null, code: c, country: c, name: `${c} (domestic)` })
  return out
}

function clauseEndOffset(view: WordsView, from: number, sentenceEnd: number, fallback: number): number {
  for (let i = from; i < sentenceEnd; i++) {
    const w = view.lower(i)
    if (w === ',' || w === ';' || w === ':') return view.ends[i - 1] ?? fallback
  }
  return fallback
}

/** Finds and codes every event of the article, one sentence at a time; only sentences holding a trigger word are examined. */
export function detectEvents(article: Article, res: DetectResources): DetectOutput {
  const text = article.text
  const tokens = article.spans.tokens
  const sentences = article.spans.sentences ?? []
  const out: DetectOutput = { events: [], uncoded: [] }
  if (!tokens || !sentences.length) return out
  const view = WordsView.of(text, tokens)
  let mentions: ActorMention[] | null = null
  const baseDate = article.meta.published?.iso ?? article.options.capturedAt ?? null
  // Trigger candidates of the whole text, in one pass: most sentences have none and are skipped.
  const candidates = res.rules.triggerFilter.scan(text, view.starts, view.ends)
  let ci = 0
  let mi = 0
  let first = 0, end = 0
  for (const sentence of sentences) {
    // Sentences come in order: walk the token pointer forward instead of searching (from the last
    // sentence's end when every token before it starts before this sentence).
    if (end > first && view.starts[end - 1]! < sentence.start) first = end
    while (first < view.count && view.starts[first]! < sentence.start) first++
    end = first
    while (end < view.count && view.starts[end]! < sentence.end) end++
    while (ci < candidates.length && candidates[ci]! < first) ci++
    let cj = ci
    while (cj < candidates.length && candidates[cj]! < end) cj++
    if (cj === ci) continue
    const matches = findMatches(view, res.rules, candidates.slice(ci, cj), first, end)
    if (!matches.length) continue
    mentions ??= collectMentions(article, view, res.lookupPlace)
    while (mi < mentions.length && mentions[mi]!.first < first) mi++
    let to = mi
    while (to < mentions.length && mentions[to]!.first < end) to++
    lendSentenceCountry(mentions, mi, to)
    // No actor named in the sentence: nothing can be coded (and no pair phrase can stand in for one).
    let anyActor = false
    for (let k = mi; k < to && !anyActor; k++) anyActor = mentions[k]!.actors.length > 0
    if (!anyActor) {
      for (const m of matches) out.uncoded.push({ place: { start: view.starts[m.trigger]!, end: view.ends[m.end - 1]! }, rule: m.rule.id, why: 'no-source' })
      continue
    }
    const actors = new SentenceActors(view, mentions, mi, to, first, end)
    const earlier: Earlier[] = []
    const facts = new SentenceFacts(view, baseDate, sentence.start, sentence.end, first, end)
    for (const match of selectMatches(view, matches, end)) {
      // A held-back backer acts only in its own backing ("U.S.-backed"): lend it its actors for that match alone.
      const backer = backerOf(mentions, mi, to, match.trigger)
      if (backer) backer.actors = backer.heldActors!
      // "ready to strike Syria", "willing to talk to the US": a stated intention is coded by the act it intends.
      const complement = match.rule.intent && match.rule.governs && matches.length > 1 ? complementOf(view, matches, match, end) : null
      const event = codeMatch(article, view, res, match, actors, facts, earlier, complement)
      if (backer) backer.actors = []
      if ('uncoded' in event) out.uncoded.push(event.uncoded)
      else out.events.push(event)
    }
  }
  return out
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY'])
const SOCIETY_SECTORS = new Set(['REB', 'OPP', 'INS', 'CVL', 'MED', 'LAB', 'EDU', 'REL', 'AGR'])

/** The sector part of an actor code ("SDNREB" → "REB"), or null for a bare country or organisation. */
function sectorOf(a: EventActor): string | null {
  return a.country && a.code.length > a.country.length ? a.code.slice(a.country.length) : null
}

/** SDNGOV and SDNREB, RRTREB and RRTMIL: one side an arm of the state, the other a non-state part of the country. */
function stateAgainstSociety(a: EventActor, b: EventActor): boolean {
  const x = sectorOf(a), y = sectorOf(b)
  return !!x && !!y && ((STATE_SECTORS.has(x) && SOCIETY_SECTORS.has(y)) || (SOCIETY_SECTORS.has(x) && STATE_SECTORS.has(y)))
}

function codeMatch(
  article: Article, view: WordsView, res: DetectResources, match: RuleMatch, actors: SentenceActors,
  sentence: SentenceFacts, earlier: Earlier[], complement: RuleMatch | null,
): DetectedEvent | { uncoded: Uncoded } {
  const { rule, trigger } = match
  const roles = actors.fill(match)
  const triggerSpan = { start: view.starts[trigger]!, end: view.ends[match.end - 1]! }
  const previous = inheritSubject(view, roles, match, earlier)
  earlier.push({ trigger, end: match.end, source: roles.source.mentions, arrival: rule.target === 'place' })
  if (previous === 'drop' || !roles.source.mentions.length) return { uncoded: { place: triggerSpan, rule: rule.id, why: 'no-source' } }
  // (Three functions rather than one long one: the optimising compiler recompiles a function whenever a branch it never
  // saw runs, and a long one costs more each time.)
  const parties = chooseParties(view, match, roles, actors, complement)
  if (!parties || parties === 'no-source') return { uncoded: { place: triggerSpan, rule: rule.id, why: parties ?? 'no-target' } }
  return eventRecord(article, view, res, match, roles, actors, sentence, complement, triggerSpan, parties)
}

interface Parties { source: EventActor[]; target: EventActor[]; domestic: boolean }

/** The event's source and target actors, or null when it has no target it needs ('no-source' when no source can act). */
function chooseParties(view: WordsView, match: RuleMatch, roles: Roles, actors: SentenceActors, complement: RuleMatch | null): Parties | 'no-source' | null {
  const { rule } = match
  let source = uniqueActors(roles.source.mentions)
  // A news outlet reports meetings, support and acts of force; it does not do them ("(CNN) – The decision to close embassies
  // …", "The Times reported that some were throwing Molotov cocktails", "X told Fox News he met with …").
  if (NOT_BY_MEDIA.test(rule.cameo) && source.every((a) => a.code.endsWith('MED'))) return 'no-source'
  const sourceEntities = new Set(source.map((a) => a.entity).filter(Boolean))
  // The source's own entity is no target ("China's foreign ministry said China …"), unless one side is an arm of the
  // state and the other a non-state part of the same country ("the Sudanese government accused Sudanese rebels").
  let target = uniqueActors(roles.target.mentions).filter((a) => !a.entity || !sourceEntities.has(a.entity) ||
    source.every((s) => s.entity !== a.entity || stateAgainstSociety(s, a)))
  // An arrival at home ("Putin arrived in Sochi") is no visit to anyone.
  if (rule.target === 'place') target = target.filter((a) => !source.some((s) => s.country && s.country === a.country))
  // A country's own government or forces acting on the country as a whole ("Netanyahu on his visit to Israel", "Obama blames
  // … the weak U.S. economy") name no counterpart; repression and violence fall back to a domestic event below.
  else if (!rule.joint) target = target.filter((a) => !ownCountry(a, source))
  const prep = roles.target.prep ?? ''
  const partner = PARTNER.has(prep) || !PREPOSITIONS.has(prep)
  // "discussed threats to Russia's interests", "talks on Ukraine", "discussed Syria": what a consultation is about is no party.
  if (rule.joint && rule.cameo.startsWith('04') && target.length && !roles.target.via.startsWith('reciprocal') && consultationTopic(view, rule, roles.target.mentions[0]!, match, prep)) {
    roles.target = roleFill([], `"${roles.target.mentions[0]!.text}" is the topic of the consultation, not a party`)
    target.length = 0 // (the filtered list emptied, not a new `[]`: see domesticTargets)
  }
  const joint = roles.target.via.startsWith('reciprocal') || (rule.joint && ((target.length && partner) || (!target.length && source.length > 1)))
  // An act a party does to itself under the same code ("Trump aides defended Trump's decision": USAGOV → USAGOV) is no dyadic event.
  if (!joint && target.length && target.every((t) => source.some((s) => s.code === t.code))) return null
  // A joint act whose participants all carry one code ("Pompeo testified … to discuss the budget" with only USAGOV named) has no counterpart.
  if (joint && jointParties([...roles.source.mentions, ...roles.target.mentions]) < 2) return null
  if (joint) {
    // A joint act ("X and Y met", "X held talks with Y", "X telephoned Y"): every participant is source and target.
    const all = uniqueActors([...roles.source.mentions, ...roles.target.mentions])
    source = all; target = all
  }
  // A consultation needs a second party: "X discussed the issue" is not a meeting.
  if (rule.cameo.startsWith('04') && !target.length) return null
  if (rule.needsTarget && !target.length) return null
  // Protest, repression, concessions and violence with no named recipient are domestic: CAMEO codes them
  // against the actor's own country ("police dispersed demonstrators" → EGY → EGY).
  let domestic = false
  // (A stated readiness with no one named is domestic only when it names an act: "prepared to lift the ban"; "willing to
  // go that far", "ready to use it" are no event.)
  if (!target.length && DOMESTIC.test(rule.cameo) && (!rule.cameo.startsWith('03') || (onlyOwnCountry(actors, source) && (!rule.needsAct || !!complement)))) {
    const countries = [...new Set(source.map((a) => a.country).filter((c): c is string => !!c))]
    if (countries.length) { target = domesticTargets(countries); domestic = true }
  }
  // A dyadic record needs a recipient; an act aimed at nobody named is reported as a message, not coded.
  if (!target.length && rule.target !== 'none') return null
  return { source, target, domestic }
}

/** The coded event: modality, CAMEO code (recoded for a stated intent), date, place, evidence and reasoning. */
function eventRecord(
  article: Article, view: WordsView, res: DetectResources, match: RuleMatch, roles: Roles, actors: SentenceActors,
  sentence: SentenceFacts, complement: RuleMatch | null, triggerSpan: { start: number; end: number }, parties: Parties,
): DetectedEvent {
  const { rule, trigger } = match
  const { source, target, domestic } = parties
  const text = article.text
  const end = sentence.endToken
  const sourceLast = Math.max(-1, ...roles.source.mentions.filter((m) => m.last < trigger).map((m) => m.last))
  const { modality, cues } = readModality(view, rule, trigger, sentence, sourceLast)
  // "has shown no sign of backing X", "concluded a visit without achieving an agreement": a negative determiner inside
  // the pattern negates it ("pressing Trump not to pull out" negates only the complement).
  for (let i = trigger + 1; i < match.end && !modality.negated; i++) {
    if (INNER_NEGATION.has(view.lower(i))) { modality.negated = true; cues.push(`negation "${view.raw(i)}" inside the pattern`) }
  }
  let cameo = rule.cameo
  if (!target.length && rule.ifNoTarget) cameo = rule.ifNoTarget
  let recoded: string | null = null
  let type = rule.type ?? null
  let mode = rule.mode ?? null
  const intended = complement ? intentCode(complement.rule.cameo) : null
  if (intended) { recoded = `stated intent to "${view.raw(complement!.trigger)}" (${complement!.rule.id}): CAMEO ${cameo} → ${intended}`; cameo = intended; type = null; mode = null }
  else if (modality.future && !modality.negated && !modality.hypothetical && !(rule.mode && COOPERATIVE_INTENT_OK.has(rule.mode))) {
    const intent = intentCode(cameo)
    if (intent) { recoded = `stated intent: CAMEO ${cameo} → ${intent}`; cameo = intent; type = null; mode = null }
  }
  const entry = cameoEntry(res.cameo, cameo)
  if (!entry) throw new Error(`events/unknown-cameo: rule ${rule.id} uses CAMEO ${cameo}, which data/cameo/codes.tsv does not list`)
  // (The receiver of "X has support from Y" stands before the trigger: the evidence starts at it.)
  const evStart = Math.min(triggerSpan.start, ...roles.source.mentions.map((m) => m.start), ...(rule.source === 'from' ? roles.target.mentions.map((m) => m.start) : []))
  const lastEnd = Math.max(triggerSpan.end, ...roles.target.mentions.map((m) => m.end))
  const evEnd = clauseEndOffset(view, view.tokenAt(lastEnd), end, Math.min(sentence.end, text.length))
  const when = sentence.date()
  const where = resolvePlace(actors.all, actors.from, view.tokenAt(evStart), view.tokenAt(Math.max(evEnd, lastEnd)), trigger, res.lookupPlace)
  return {
    id: '',
    type: type ?? entry.plover ?? 'UNKNOWN',
    mode: mode ?? entry.mode,
    context: entry.context,
    cameo,
    quadClass: entry.quadClass,
    goldstein: entry.goldstein,
    source,
    target,
    modality,
    evidence: { start: evStart, end: Math.max(evEnd, lastEnd), text: text.slice(evStart, Math.max(evEnd, lastEnd)) },
    date: when.date,
    location: where.location,
    rule: rule.id,
    dictionaryVersion: res.rules.version,
    sentence: { start: sentence.start, end: sentence.end },
    why: {
      trigger: { start: triggerSpan.start, end: triggerSpan.end, text: text.slice(triggerSpan.start, triggerSpan.end) },
      pattern: `${rule.kind} pattern "${rule.pattern}"`,
      source: roles.passive ? `passive: ${roles.source.via}` : roles.source.via + describe(roles.source.mentions),
      target: domestic ? 'no recipient named: a domestic act, coded against the actor\'s own country'
        : (roles.passive ? `passive subject: ${roles.target.via}` : roles.target.via) + describe(roles.target.mentions),
      cues, recoded, date: when.via, place: where.via,
    },
  }
}

/** A consultation's first actor after the pattern is its topic: the direct object of "discuss" or "negotiate" (their
 *  parties come "with" them), or an actor after a preposition that names no party (`isTopic`). */
function consultationTopic(view: WordsView, rule: Rule, head: ActorMention, match: RuleMatch, prep: string): boolean {
  if (PARTNER.has(prep) || prep === 'alongside') return false
  if (!PREPOSITIONS.has(prep)) return !!rule.objectIsTopic && !partnerBefore(view, head.first)
  return isTopic(view, head, match)
}

/** "with Mr. Obama", "with the P5+1 group (the US": a partner word before a title, a name or a bracket. */
function partnerBefore(view: WordsView, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    const w = view.lower(i)
    if (PARTNER.has(w)) return true
    if (!(view.isCapitalised(i) || w === 'the' || w === '(' || w === '.' || w.endsWith('.'))) return false
  }
  return false
}

/** The actor after a preposition is the topic of a consultation, not a party: "threats to Russia", "talks on Ukraine",
 *  "the issue of Russia" — but not "a summit of the G7", "talked to X" (right after the pattern), "the leaders of France",
 *  "King Abdullah of Saudi Arabia", "a delegation from Mexico" (after people or a title). */
function isTopic(view: WordsView, head: ActorMention, match: RuleMatch): boolean {
  const at = view.lower(head.first - 1) === 'the' ? head.first - 2 : head.first - 1
  const prep = view.lower(at)
  // Right after the pattern, or after a day named there ("spoke by phone Thursday to X").
  let from = match.end
  while (from < at && view.isCapitalised(from)) from++
  if ((prep === 'of' || prep === 'to') && at === from) return false
  if ((prep === 'of' || prep === 'from') && (PARTY_NOUNS.has(view.lower(at - 1)) || view.isCapitalised(at - 1))) return false
  return true
}

/** How many parties a joint act has: distinct codes, a bare country (ISR) counting with its own state's arms (ISRGOV)
 *  as one ("a meeting in Israel with Israeli Prime Minister X" has one party). */
function jointParties(mentions: ActorMention[]): number {
  const codes = new Set(mentions.flatMap((m) => m.actors.map((a) => a.code)))
  const arms = new Set(mentions.flatMap((m) => m.actors.filter((a) => STATE_SECTORS.has(sectorOf(a) ?? '')).map((a) => a.country)))
  let n = 0
  for (const c of codes) if (!arms.has(c)) n++
  return n
}

/** `a` is the bare country (USA) of a source that is an arm of its state (USAGOV, USAMIL); a group's compatriots
 *  ("Islamic Jihad rejected an invitation of Palestinian factions") stay its counterpart. */
function ownCountry(a: EventActor, source: EventActor[]): boolean {
  return !!a.country && a.code === a.country && source.some((s) => s.country === a.country && STATE_SECTORS.has(sectorOf(s) ?? ''))
}

/** An intention is domestic only when no other country is named in its sentence ("Vietnam is committed to opening up the economy"). */
function onlyOwnCountry(actors: SentenceActors, source: EventActor[]): boolean {
  const own = new Set(source.map((a) => a.country))
  for (let k = actors.from; k < actors.to; k++) for (const a of actors.all[k]!.actors) if (a.country && !own.has(a.country)) return false
  return true
}

/** An event coded earlier in the same sentence: its trigger and who did it. */
interface Earlier { trigger: number; end: number; source: ActorMention[]; arrival: boolean }

/**
 * The nearest actor before a trigger may be the object of an earlier verb of the same sentence
 * ("Benin opened its borders to West Africans …, but was still refusing admittance"): a later verb
 * then shares the earlier one's subject; a later event noun has no agent of its own.
 */
function inheritSubject(view: WordsView, roles: Roles, match: RuleMatch, earlier: Earlier[]): 'kept' | 'inherited' | 'drop' {
  const src = roles.source.mentions
  if (!src.length || roles.passive || match.rule.source || roles.source.via.startsWith('possessor') || roles.source.via.includes('antecedent') || roles.source.via.includes('the object before "for"')) return 'kept'
  // An event noun after a preposition completes an earlier verb ("imposed sanctions over the crackdown"): it names no new act by the subject.
  // (An arrival is no such verb: "landed in Israel for talks with Netanyahu" names the talks as a new act.)
  if (match.rule.kind === 'noun' && earlier.some((e) => e.trigger < match.trigger && !e.arrival)) {
    for (let i = match.trigger - 1; i >= Math.max(0, match.trigger - 3); i--) {
      const w = view.lower(i)
      if (PREPOSITIONS.has(w)) return 'drop'
      if (!DETERMINERS.has(w) && !/^[a-z-]+$/.test(w)) break
    }
  }
  // Only an earlier event with a subject of its own can lend it ("Ousted President X has agreed …" keeps X).
  const before = earlier.filter((e) => e.trigger < src[0]!.first && e.trigger < match.trigger && e.source.length)
  if (!before.length) return match.rule.kind === 'verb' && objectOfUnnamedSubject(view, src, match, earlier) ? 'drop' : 'kept'
  // A subordinate clause brings its own subject: "… backing for Moscow as the two leaders agreed".
  for (let i = before[before.length - 1]!.trigger + 1; i < src[0]!.first; i++) {
    const w = view.lower(i)
    if (SUBORDINATORS.has(w) || (w === ',' && i === src[0]!.first - 1)) return 'kept'
  }
  if (match.rule.kind === 'noun') return 'drop'
  const prev = before[before.length - 1]!
  roles.source = roleFill(prev.source, `shares the subject of an earlier verb in the sentence (${quotedTexts(prev.source)})`)
  return 'inherited'
}

/** "the leaders opposed NATO's expansion and accused the West": the actor is the object of an earlier verb whose subject
 *  is no actor, and the later verb is joined to it by "and"; the later verb's subject is that unnamed one too. */
function objectOfUnnamedSubject(view: WordsView, src: ActorMention[], match: RuleMatch, earlier: Earlier[]): boolean {
  // The actor is inside the earlier verb's pattern or right after it (at most a determiner between) …
  const first = src[0]!.first
  if (!earlier.some((e) => !e.source.length && !e.arrival && e.trigger < first && first <= e.end + 1)) return false
  // … and only the head noun of its phrase stands between the actor and "and" ("NATO's expansion and accused").
  const from = src[src.length - 1]!.last + 1
  return match.trigger - from <= 3 && view.lower(match.trigger - 1) === 'and' && view.text.slice(view.starts[from]!, view.starts[match.trigger - 1]!).trim().split(/\s+/).every((w) => /^[a-z-]*$/.test(w))
}

function describe(mentions: ActorMention[]): string {
  return mentions.length ? ` [${mentions.map(mentionVia).join('; ')}]` : ''
}

export type { Modality }

import type { ActorCode, Article, Entity, EventActor, Mention, Range } from '../../article/index.js'
import { LOCATIVE, PAIR_NOUNS, PAIR_WORDS, REPORTING } from './words.js'
import type { WordsView } from './words-view.js'
import type { PlaceLookup } from './where.js'

/** An entity mention placed on tokens, with the actors it stands for (none for a bare place). */
export interface ActorMention {
  first: number              // first token
  last: number               // last token (inclusive)
  start: number
  end: number
  text: string
  entity: Entity | null
  actors: EventActor[]
  /** After "in/at/near": where something happened rather than who acted. */
  locative: boolean
  /** A city or region an act is aimed at ("pounded Gaza", "a visit to Seoul"): a place target, never an actor. */
  aimed: boolean
  /** The entity mention this stands for (null for a pair phrase). */
  mention: Mention | null
  /** How a pair phrase (or a person given the sentence's country) was resolved, for `explain` (null otherwise; always present, so all mentions share one shape). */
  pairVia: string | null
  /** A backer in "Moscow-backed President X": its actors, held back from every role except the backing itself (else null). */
  heldActors: EventActor[] | null
}

/** How a mention became an actor, for `explain` (built only for coded events). */
export function mentionVia(m: ActorMention): string {
  if (m.pairVia) return m.pairVia
  const code = m.actors[0]
  if (!code || !m.entity) return `place "${m.text}"`
  const e = m.entity
  const role = e.actor?.role && e.actor.code === code.code ? ` (${e.actor.role})` : ''
  return `${m.mention?.kind ?? 'name'} mention "${m.text}" of ${e.name}${e.kbId ? ` (KB ${e.kbId})` : ''} → ${code.code}${role}`
}

const NAME_PREFIXES = new Set(['new', 'north', 'south', 'east', 'west'])

// "arrived in Beijing", "landed in Moscow", "touched down in Kyiv": the place a visitor arrives in is the host.
const ARRIVALS = new Set(['arrive', 'arrives', 'arrived', 'arriving', 'land', 'lands', 'landed', 'landing'])
function arrivedIn(view: WordsView, first: number): boolean {
  if (view.lower(first - 1) !== 'in') return false
  const verb = view.lower(first - 2)
  return ARRIVALS.has(verb) || (verb === 'down' && /^touch/.test(view.lower(first - 3)))
}

const PAIR_PHRASE = /\b(?:two|both)\s+(?:\w+\s+)?(?:leaders|countries|sides|nations|presidents|governments|states|powers|neighbou?rs|allies|capitals)\b/i


function isPossessiveToken(view: WordsView, i: number): boolean {
  const e = view.ends[i]!
  const c = view.text.charCodeAt(e - 1) | 32
  if (c !== 115 || e - view.starts[i]! < 3) return false
  const q = view.text.charCodeAt(e - 2)
  return q === 39 || q === 8217
}

export function actorKey(a: EventActor): string { return a.country ?? a.code }

// A bare sector with no country ("UNK", "GOV", "REB") says what kind of actor, not which: not enough to code an event.
const SECTOR_ONLY = new Set(['UNK', 'GOV', 'MIL', 'COP', 'OPP', 'REB', 'BUS', 'MED', 'CVL', 'LEG', 'JUD', 'EDU', 'REL', 'HLH', 'ELI', 'SPY', 'LAB',
  'AGR', 'REF', 'MOD', 'RAD', 'SEP', 'INS', 'CRM', 'ENV', 'UAF', 'JEW', 'MUS', 'CHR', 'BUD', 'HIN', 'IRG', ''])

function usable(code: ActorCode | null): ActorCode | null {
  return code && (code.country || !SECTOR_ONLY.has(code.code)) ? code : null
}

// Titles of a national government's head or minister ("President X", "Vice-President X", "Interior Minister X"). Titles
// that also name offices below or outside the state (Governor, Senator, Representative, Secretary) are left out: on
// AllSides a U.S. senator in a sentence naming only China or Israel would be given that country.
const NATIONAL_ROLE = /^(?:(?:vice[ -])?president|(?:deputy )?prime minister|premier|(?:[a-z]+ )?minister|chancellor|king|queen|emir|sultan|crown prince)$/i

/**
 * "President Dos Santos conceded … in Angola": a person the knowledge base does not know, whose national title gives only
 * a sector (GOV), acts for the one country named in the sentence (AGOGOV). With no country or several named, the person
 * stays without an actor. Mentions [from, to) are one sentence's.
 */
export function lendSentenceCountry(mentions: ActorMention[], from: number, to: number): void {
  let official = -1
  let country: string | null = null
  for (let k = from; k < to; k++) {
    const m = mentions[k]!
    if (countryless(m)) official = k
    for (const a of m.actors) {
      if (!a.country || a.country === country) continue
      if (country) return
      country = a.country
    }
  }
  if (official < 0 || !country) return
  for (let k = from; k < to; k++) {
    const m = mentions[k]!
    if (!countryless(m)) continue
    const e = m.entity!, code = country + e.actor!.code
    m.actors = [{ entity: e.id, code, country, name: e.name ?? m.text }]
    m.pairVia = `${m.mention?.kind ?? 'name'} mention "${m.text}" of ${e.name}, known only as ${e.actor!.role} → ${code}, the one country named in the sentence`
  }
}

function countryless(m: ActorMention): boolean {
  const a = m.entity?.type === 'PERSON' && !m.actors.length ? m.entity.actor : null
  return !!a && !a.country && a.code === 'GOV' && !!a.role && NATIONAL_ROLE.test(a.role)
}

// Transnational actors keep their own code (FORMAT.md: international organisations, "the West", and groups
// such as ALQAEDA or ISIL): a country on them is a person's nationality, not the actor's.
const TRANSNATIONAL = new Set(['UN', 'EU', 'NATO', 'AUKUS', 'APEC', 'IAEA', 'ILO', 'OSCE', 'ARABLEAGUE', 'ICRC', 'AMNESTY', 'INTERPOL',
  'TALIBAN', 'ALQAEDA', 'ISIL', 'WST', 'IGO', 'NGO', 'HRW', 'WHO', 'IMF', 'WTO', 'ASEAN', 'AU', 'OPEC', 'G7', 'G20'])

function toActor(entity: Entity, code: ActorCode, text: string): EventActor {
  const country = TRANSNATIONAL.has(code.code) ? null : code.country ?? null
  return { entity: entity.id, code: code.code, country, name: entity.name ?? text }
}

export function collectMentions(article: Article, view: WordsView, lookup: PlaceLookup = null): ActorMention[] {
  const out: ActorMention[] = []
  for (const entity of article.spans.entities ?? []) {
    for (const m of entity.mentions) {
      // "the two leaders" names a pair; the pair pass below resolves it to both actors.
      if (m.text.length > 8 && PAIR_PHRASE.test(m.text)) continue
      const first = view.tokenAt(m.start)
      // The mention's last token: a mention spans a few tokens, so walk on from the first rather than search again.
      let last = first
      while (last < view.count && view.starts[last]! < m.end) last++
      last--
      if (first > last) continue
      // A place named as a possessor acts: "Beijing's backing" is China's, even where "in Beijing" would be a location.
      const possessive = isPossessiveToken(view, last)
      let code = usable(mentionActor(entity, m) ?? (possessive ? entity.actor ?? placeActor(entity, lookup) : null))
      // "West" followed by a name is part of it ("West Africans", "West Darfur"), not the West acting.
      if (code?.code === 'WST' && last + 1 < view.count && view.isCapitalised(last + 1)) code = null
      // "New Jersey", "New Mexico", "West Virginia": a one-word place after a capitalised compass word or "New" is part of a longer name.
      if (code && first === last && first > 0 && view.isCapitalised(first - 1) && NAME_PREFIXES.has(view.lower(first - 1))) code = null
      const prev = view.lower(first - 1)
      let locative = LOCATIVE.has(prev) || (prev === 'the' && LOCATIVE.has(view.lower(first - 2)))
      // A city or region an act is aimed at ("pounded Gaza", "a visit to Brussels") stands for its country, as the place
      // aimed at and never as an actor; where an act happens ("an attack in Benghazi", "talks in Tokyo") says nothing of whom.
      const describing = describesOnly(view.text, m.end)
      let aimed = false
      const arrival = locative && entity.type === 'PLACE' && arrivedIn(view, first)
      if (!code && (!locative || arrival) && entity.type === 'PLACE' && !describing) { code = placeActor(entity, lookup); aimed = locative = !!code }
      else if (arrival && code) aimed = true
      const actors = code && !describing ? [toActor(entity, code, m.text)] : []
      out.push({ first, last, start: m.start, end: m.end, text: m.text, entity, actors, locative, aimed, mention: m, pairVia: null, heldActors: null })
    }
  }
  return addPairMentions(view, backersBeforeActors(view, nationalityOfPerson(view, titleOrganisations(dropNested(inTokenOrder(out, view.count))))), article.spans.sentences ?? [])
}

/** "U.N. Ambassador Susan Rice", "NATO spokesman Olof Brandt": an organisation named in a person's title describes the
 *  person, who acts for it; it does not act beside them. (Countries keep their actors: "Russian President X".) */
function titleOrganisations(sorted: ActorMention[]): ActorMention[] {
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!
    const extent = p.entity?.type === 'PERSON' ? p.mention?.extent : undefined
    if (!extent || extent.start >= p.start) continue
    for (let j = k - 1; j >= 0 && sorted[j]!.start >= extent.start; j--) {
      const o = sorted[j]!
      if (o.entity?.type === 'ORG' && o.end <= p.start) o.actors = []
    }
  }
  return sorted
}

/** "Russian President Vladimir Putin", "Russia's President X", "U.S. Secretary of State X": a country named right before a
 *  person's title describes the person. When the person's own actor is of that country (RUSGOV), the country word stands
 *  for the person (it still links lists: "Syria and Palestinian leader X"); a person without a country of their own
 *  ("Iranian lawyer X") leaves the country as it is. */
function nationalityOfPerson(view: WordsView, sorted: ActorMention[]): ActorMention[] {
  for (let k = 1; k < sorted.length; k++) {
    const p = sorted[k]!
    if (p.entity?.type !== 'PERSON' || !p.actors.length) continue
    const phraseStart = Math.min(p.start, p.mention?.extent?.start ?? p.start)
    const country = p.actors[0]!.country
    for (let j = k - 1; j >= 0; j--) {
      const c = sorted[j]!
      if (c.end > p.start) continue
      // Only "'s" or white space between the country and the title (or the name): nothing else joins them into one phrase.
      if (c.start < phraseStart && !/^(?:['’]s)?\s+$/.test(view.text.slice(c.end, phraseStart))) break
      if (c.entity?.type === 'PLACE' && c.actors.length && c.actors.every((a) => a.country === country) && country) c.actors = p.actors.slice()
      break
    }
  }
  return sorted
}

// "the Vienna-based agency", "a London-born banker": a name in such a compound says where or what kind, never who acts.
const DESCRIBING_SUFFIX = /^-(?:based|born|headquartered|registered|style|like|made|built|bound|era)\b/
// "Moscow-backed President Viktor Yanukovych": the backer is not the head of the phrase when an actor follows.
const BACKING_SUFFIX = /^-(?:backed|sponsored|funded|supported|allied|aligned|friendly|installed|appointed)\b/

function describesOnly(text: string, end: number): boolean {
  return end < text.length && text.charCodeAt(end) === 45 && DESCRIBING_SUFFIX.test(text.slice(end, end + 16))
}

function backersBeforeActors(view: WordsView, sorted: ActorMention[]): ActorMention[] {
  for (let k = 0; k + 1 < sorted.length; k++) {
    const m = sorted[k]!, next = sorted[k + 1]!
    if (!m.actors.length || view.text.charCodeAt(m.end) !== 45 || !next.actors.length || next.first > m.last + 3) continue
    // The next actor heads the same phrase only when nothing but capitalised words (a title) stands between them.
    let title = true
    for (let j = m.last + 1; j < next.first && title; j++) title = view.isCapitalised(j) || view.lower(j).startsWith('-')
    if (title && BACKING_SUFFIX.test(view.text.slice(m.end, m.end + 16))) { m.heldActors = m.actors; m.actors = [] }
  }
  return sorted
}

/** The backer whose own "-backed" word is the trigger ("U.S.-backed Iraqi troops": SUPPORT from the US), or null. */
export function backerOf(mentions: readonly ActorMention[], from: number, to: number, trigger: number): ActorMention | null {
  for (let k = from; k < to; k++) {
    const m = mentions[k]!
    if (m.heldActors && trigger > m.last && trigger <= m.last + 2) return m
  }
  return null
}

/**
 * The mentions by first token, the longest first, in the input order otherwise: the stable sort by
 * (first, −last), done as a counting sort on `first` (mentions start on at most `tokens` tokens).
 */
function inTokenOrder(mentions: ActorMention[], tokens: number): ActorMention[] {
  const at = new Int32Array(tokens + 1)
  for (const m of mentions) at[m.first + 1]!++
  for (let t = 1; t <= tokens; t++) at[t]! += at[t - 1]!
  const sorted = new Array<ActorMention>(mentions.length)
  for (const m of mentions) sorted[at[m.first]!++] = m
  // Mentions sharing a first token (rare, a handful at most): longest first, stably.
  for (let k = 1; k < sorted.length; k++) {
    const m = sorted[k]!
    let j = k - 1
    while (j >= 0 && sorted[j]!.first === m.first && sorted[j]!.last < m.last) { sorted[j + 1] = sorted[j]!; j-- }
    sorted[j + 1] = m
  }
  return sorted
}

// A capital or country named as a possessor stands for its state ("Beijing's backing for Moscow").
function placeActor(entity: Entity, lookup: PlaceLookup): ActorCode | null {
  if (entity.type !== 'PLACE' || !lookup) return null
  const hit = lookup(entity.name)
  return hit?.country ? { code: hit.country, country: hit.country, sector: null, role: null } : null
}

// The mention's own actor (a metonym "Beijing" acting as CHNGOV) wins over the entity's; a PLACE is an actor only through one of them.
function mentionActor(entity: Entity, m: Mention): ActorCode | null {
  if (m.actor !== undefined) return m.actor
  return entity.actor ?? null
}

function dropNested(sorted: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = []
  for (const m of sorted) {
    const prev = out[out.length - 1]
    if (prev && m.first >= prev.first && m.last <= prev.last) continue
    out.push(m)
  }
  return out
}

// Where "two" or "both" may stand (any case): only these tokens are tested as pair words.
const PAIR_WORD_TEXT = /two|both/gi

/** Tokens that are "two" or "both", in order: found in the text rather than by visiting every token. */
function pairWordTokens(view: WordsView): number[] {
  const out: number[] = []
  PAIR_WORD_TEXT.lastIndex = 0
  for (let hit = PAIR_WORD_TEXT.exec(view.text); hit; hit = PAIR_WORD_TEXT.exec(view.text)) {
    const i = view.tokenAt(hit.index)
    if (i < view.count && view.starts[i] === hit.index && PAIR_WORDS.has(view.lower(i))) out.push(i)
  }
  return out
}

/** Actors named so far, most recent last, one per country (with their keys, to find one again). */
class Recent {
  readonly actors: EventActor[] = []
  private readonly keys: string[] = []
  add(a: EventActor): void {
    const k = actorKey(a)
    const at = this.keys.indexOf(k)
    if (at >= 0) { this.actors.splice(at, 1); this.keys.splice(at, 1) }
    this.actors.push(a); this.keys.push(k)
  }
}

// "the two leaders", "both presidents": a pair of people, found among the persons named before any country.
const PERSON_PAIR_NOUNS = new Set(['leaders', 'presidents', 'heads', 'men', 'ministers', 'premiers'])

/** Is the pair word at i the object of the verb before it ("urged both countries", "told the two leaders")? */
function objectPosition(view: WordsView, i: number): boolean {
  const k = view.lower(i - 1) === 'the' ? i - 2 : i - 1
  const w = view.lower(k)
  // ("said the two countries agreed": after a reporting verb the pair is the reported clause's subject)
  return /^[a-z]+(?:ed|es|d)$/.test(w) && view.raw(k) === w && !PAIR_NOUNS.has(w) && !REPORTING.has(w)
}

/** The start offset of the segmenter's sentence holding `offset` (0 when none does). */
function sentenceStartAt(sentences: readonly Range[], offset: number): number {
  let start = 0
  for (const s of sentences) { if (s.start > offset) break; start = s.start }
  return start
}

/** The actors named in mentions before text offset `end`, in order (as addPairMentions remembers them). */
function namedBefore(mentions: ActorMention[], end: number): { seen: Recent; people: Recent } {
  const seen = new Recent(), people = new Recent()
  for (const m of mentions) {
    if (m.end > end) break
    for (const a of m.actors) {
      if (!a.country) continue
      seen.add(a)
      if (m.entity?.type === 'PERSON') people.add(a)
    }
  }
  return { seen, people }
}

function addPairMentions(view: WordsView, mentions: ActorMention[], sentences: readonly Range[]): ActorMention[] {
  let covered = 0
  const result: ActorMention[] = []
  // A pair ("the two countries/leaders") is two states: organisations without a country do not count.
  const seen = new Recent(), people = new Recent()
  let mi = 0
  // Entity mentions and pair words merged in token order, remembering the actors named so far.
  for (const i of pairWordTokens(view)) {
    while (mi < mentions.length && mentions[mi]!.first <= i) {
      const m = mentions[mi++]!
      result.push(m)
      covered = Math.max(covered, m.last + 1)
      for (const a of m.actors) {
        if (!a.country) continue
        seen.add(a)
        if (m.entity?.type === 'PERSON') people.add(a)
      }
    }
    if (i < covered) continue
    const next = view.lower(i + 1)
    const nounAt = PAIR_NOUNS.has(next) ? i + 1 : PAIR_NOUNS.has(view.bare(i + 2)) && i + 2 < view.count ? i + 2 : PAIR_NOUNS.has(view.bare(i + 1)) ? i + 1 : -1
    if (nounAt < 0 || seen.actors.length < 2) continue
    // "China, Pakistan's closest ally, urged both countries": a pair after a verb is named before the sentence.
    const before = objectPosition(view, i) ? namedBefore(result, sentenceStartAt(sentences, view.starts[i]!)) : null
    const pool = before && before.seen.actors.length >= 2 ? before : { seen, people }
    const pair = (PERSON_PAIR_NOUNS.has(view.bare(nounAt)) && pool.people.actors.length >= 2 ? pool.people : pool.seen).actors.slice(-2)
    // The pair names its two again: "the two leaders met … the two countries pledged" is one pair.
    for (const a of pair) { seen.add(a); people.add(a) }
    const start = view.starts[i]!, end = view.ends[nounAt]!
    result.push({
      first: i, last: nounAt, start, end, text: view.text.slice(start, end), entity: null, actors: pair,
      locative: LOCATIVE.has(view.lower(i - 1)) || LOCATIVE.has(view.lower(i - 2)),
      aimed: false,
      mention: null,
      pairVia: `"${view.text.slice(start, end)}" → the last two actors named: ${pair.map((a) => a.name ?? a.code).join(' and ')}`,
      heldActors: null,
    })
    covered = nounAt + 1
  }
  while (mi < mentions.length) result.push(mentions[mi++]!)
  return result
}

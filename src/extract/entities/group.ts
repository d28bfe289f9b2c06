import type { ActorCode, Entity, EntityType, Mention } from '../../article/index.js'
import { fullDate, isCountry, type Kb, type KbEntry } from '../../kb/index.js'
import { actorsOfPlace, adjectiveActor, entityActor, placeSectorActor, unknownActor } from './actors.js'
import { gazetteer, isSmallTown, matchAt } from './gazetteer.js'
import { isCommonWord, type Lexicon } from './lexicon.js'
import { aliasMention, copyMention, entityMention, type RawMention, type TitleRef } from './mention.js'
import { tokAt } from './token-at.js'
import type { Tok } from './token-view.js'

const HEAD_ROLES = /^(president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|leader|crown prince)$/i

interface Draft { key: string; type: EntityType; entry: KbEntry | null; name: string; mentions: Mention[]; rule: string; description: string | null; actor: ActorCode | null; first: number }

const isUser = (e: KbEntry) => (e as { layer?: string }).layer === 'user'

/** Mentions → entities with actors dated by the article date. */
export function groupMentions(text: string, toks: readonly Tok[], raws: RawMention[], titleRefs: TitleRef[], kb: Kb, lex: Lexicon, date: string): Entity[] {
  const day = fullDate(date)
  const g = new Grouping(text, toks, raws, kb, lex)
  const fullNames = new Set(raws.filter((r) => r.kind === 'name').map((r) => r.name.toLowerCase()))
  let deferred: RawMention[] = []
  let before: RawMention | undefined
  for (const raw of raws) {
    const prev = before
    before = raw
    const r = withSuffix(text, toks, withoutFinalDot(text, toks, raw), lex)
    if (r.deferred) deferred.push(r)
    else if (!r.entries.length) g.unknown(r)
    else {
      const later = g.known(r, prev, fullNames, day)
      if (later) deferred.push(later)
    }
  }
  // Lone words that are names on their own first, so that sentence-initial ones can join them.
  deferred = [...deferred.filter((r) => !r.rule.startsWith('coref.')), ...deferred.filter((r) => r.rule.startsWith('coref.'))]
  g.bracketedAcronyms(deferred)
  g.shortFormsOf(deferred)
  g.mergeUnknownNames()
  for (const d of g.drafts.values()) {
    if (d.entry) d.actor = entityActor(d.entry, day)
  }
  bodiesOfKnownStates(g.drafts)
  resolveTitles(text, titleRefs, g.drafts)
  return finish(g.drafts)
}

/**
 * One article's drafts being built, and the short forms (a person's surname, any word or the initials of an
 * organisation) a later lone word may stand for. Each step is its own method rather than one long function: the
 * optimising compiler recompiles a function whenever a branch it never saw runs, and a long one costs more each time.
 */
class Grouping {
  readonly drafts = new Map<string, Draft>()
  readonly shortForms = new Map<string, Draft>()
  /** Starts of KB place names, for "Cupertino, California": built when first asked. */
  private placeStarts: Set<number> | null = null
  /** Acronyms the article itself defines ("Forces for Defence of Democracy (FDD)"), whatever the KB knows by those letters. */
  private ownAcronyms: Set<string> | null = null

  constructor(readonly text: string, readonly toks: readonly Tok[], readonly raws: RawMention[], readonly kb: Kb, readonly lex: Lexicon) {}

  draftFor(key: string, type: EntityType, entry: KbEntry | null, name: string, rule: string, at: number): Draft {
    let d = this.drafts.get(key)
    if (!d) {
      d = { key, type, entry, name, mentions: [], rule, description: null, actor: null, first: at }
      this.drafts.set(key, d)
      this.noteShortForms(d, type, name, rule)
    }
    return d
  }

  private noteShortForms(d: Draft, type: EntityType, name: string, rule: string): void {
    const { shortForms, lex } = this
    // "Mount Sinjar" … "Sinjar", "Sambisa Forest" … "Sambisa": an unknown place's own word, without its kind.
    const placeWithKind = type === 'PLACE' && (rule === 'name.place-prefix' || rule === 'name.facility-head')
    // Other places and groups have no short forms: their name is not split into words.
    if (!placeWithKind && type !== 'PERSON' && type !== 'ORG' && type !== 'EVENT') return
    const parts = name.toLowerCase().split(' ')
    if (placeWithKind && parts.length === 2) {
      const own = rule === 'name.place-prefix' ? parts[1]! : parts[0]!
      if (!isCommonWord(own, lex) && !shortForms.has(own)) shortForms.set(own, d)
    }
    // Only people, organisations and named events have short forms.
    if (type !== 'PERSON' && type !== 'ORG' && type !== 'EVENT') return
    if (type === 'PERSON' && !shortForms.has(parts.at(-1)!)) shortForms.set(parts.at(-1)!, d)
    // An organisation's ordinary words ("State" of "State Department", "House", "Armed", "Al") stand for nothing alone.
    if (parts.length >= 2 && type === 'ORG') for (const w of [...parts.filter((p) => p.length > 2 && !isCommonWord(p, lex) && !lex.particles.has(p)), initials(name)]) if (!shortForms.has(w)) shortForms.set(w, d)
    // "World Wide Developers Conference" … "WWDC": a named event's initials stand for it.
    if (parts.length >= 3 && type === 'EVENT' && !shortForms.has(initials(name))) shortForms.set(initials(name), d)
  }

  add(d: Draft, r: RawMention, kind: Mention['kind'], actor?: ActorCode | null): void {
    d.mentions.push(entityMention(r.start, r.end, this.text.slice(r.start, r.end), kind, actor || undefined, r.tokenStart))
    if (r.description && !d.description) d.description = r.description
  }

  placeAt(start: number | undefined): boolean {
    return start !== undefined && (this.placeStarts ??= new Set(this.raws.filter((q) => q.kind !== 'adjective' && q.entries.some((e) => e.type === 'PLACE')).map((q) => q.start))).has(start)
  }

  /** A mention with KB entries: added to its entity's draft, or returned to be settled with the lone words. */
  known(r: RawMention, prev: RawMention | undefined, fullNames: Set<string>, day: string): RawMention | null {
    const { text, toks, kb, lex } = this
    if (r.tokenEnd - r.tokenStart === 1 && toks[r.tokenStart]!.allCaps) {
      const surface = text.slice(r.start, r.end)
      if (this.ownAcronyms?.has(surface) || (prev && definesAcronym(toks, prev, r, surface))) {
        (this.ownAcronyms ??= new Set()).add(surface)
        const d = changed(r, 'ORG', 'name.acronym', [], true)
        d.name = surface
        return d
      }
    }
    // "in Austin", "Austin, Texas": a name that is a person's and a place's is the place where the words say so.
    const placeContext = r.entries.some((e) => e.type === 'PLACE') && r.entries.some((e) => e.type === 'PERSON') &&
      (LOCATIVE_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start)) || (text.startsWith(', ', r.end) && this.placeAt(r.end + 2)))
    const entry = choose(r, text, fullNames, day, lex, placeContext)
    if (!entry) { const d = changed(r, 'PERSON', 'coref.surname', [], true); d.name = text.slice(r.start, r.end); return d }
    if (r.kind === 'metonym' && entry.capitalOf) {
      const country = kb.country(entry.capitalOf)
      if (country) {
        // "Kabul police": a sector noun after the capital says which of the state's arms acts.
        const sector = adjectiveActor(toks, r, country, lex)?.sector ?? 'GOV'
        this.add(this.draftFor(country.id, 'PLACE', country, country.name, 'kb.name', r.start), r, 'metonym', { code: `${entry.capitalOf}${sector}`, country: entry.capitalOf, sector, role: null })
        return null
      }
    }
    if (r.kind === 'adjective') {
      this.add(this.draftFor(entry.id, entry.type, entry, entry.name, 'kb.name', r.start), r, 'adjective', adjectiveActor(toks, r, entry, lex))
      return null
    }
    // "at the White House": the building, a place of its own with no actor (the government is the seat acting).
    if (r.rule === 'kb.seat.place') {
      this.add(this.draftFor(`PLACE:${entry.name.toLowerCase()}`, 'PLACE', null, entry.name, 'kb.seat.place', r.start), r, r.kind)
      return null
    }
    const d = this.draftFor(entry.id, entry.type, entry, entry.name, `kb.${r.kind}`, r.start)
    // "the government of Canada": the state acting, as "the Canadian Government" is; "the provincial government of
    // Ontario" is a government of that state too (CAMEO has no codes below the state).
    const gov = r.tokenStart >= 2 && entry.type === 'PLACE' && entry.country && toks[r.tokenStart - 1]!.lower === 'of' && toks[r.tokenStart - 2]!.lower === 'government' ? toks[r.tokenStart - 2]! : null
    if (gov && gov.sentence === toks[r.tokenStart]!.sentence && (isCountry(entry) || GOVERNMENT_LEVELS.has(toks[r.tokenStart - 3]?.lower ?? ''))) {
      const m = changed(r, r.type, 'kb.metonym.government')
      m.start = isCountry(entry) ? gov.start : toks[r.tokenStart - 3]!.start
      this.add(d, m, 'metonym', { code: `${entry.country}GOV`, country: entry.country!, sector: 'GOV', role: null })
      return null
    }
    const possessiveActor = toks[r.tokenEnd - 1]?.possessive && isCountry(entry) ? adjectiveActor(toks, r, entry, lex) : null
    this.add(d, r, r.kind, possessiveActor ?? placeSectorActor(toks, r, entry, lex) ?? actorsOfPlace(toks, r, entry, lex))
    return null
  }

  /** A name the KB does not know. */
  unknown(r: RawMention): void {
    const { toks, kb, lex, drafts } = this
    // "the Canadian Government", "United States Government": a state's government is the state acting, as a
    // metonym of the country with its GOV actor (like "the Kremlin"), not a separate organisation.
    if (r.type === 'ORG' && r.tokenEnd - r.tokenStart >= 2 && toks[r.tokenEnd - 1]!.base === 'Government') {
      const m = matchAt(gazetteer(kb), toks, r.tokenStart)
      const country = m && m.end === r.tokenEnd - 1 ? m.pattern.entries.find((e) => isCountry(e) && e.country) : undefined
      if (country) {
        this.add(this.draftFor(country.id, 'PLACE', country, country.name, 'kb.name', r.start), changed(r, r.type, 'kb.metonym.government'), 'metonym', { code: `${country.country}GOV`, country: country.country!, sector: 'GOV', role: null })
        return
      }
    }
    // "Cupertino, California", "Mobile, Alabama": an unknown name before a comma and a known state or country is a place.
    if (r.type === 'ORG' && r.tokenEnd - r.tokenStart === 1 && tokAt(toks, r.tokenEnd)?.text === ',' && this.placeAt(tokAt(toks, r.tokenEnd + 1)?.start) && !toks[r.tokenEnd + 1]!.possessive) {
      r = changed(r, 'PLACE', 'name.place-comma-region')
    }
    // "Changi International Airport", "Wembley Stadium": a name headed by a facility word is a place, not an organisation.
    // ("Bay of Bengal": the head stands before "of".)
    const ofAt = r.name.indexOf(' of ')
    const head = ofAt > 0 ? r.name.slice(r.name.lastIndexOf(' ', ofAt - 1) + 1, ofAt) : r.name.slice(r.name.lastIndexOf(' ') + 1)
    // ("Moscone Convention Center", "Kennedy Space Center": a Center of a facility's kind is a building, not a think tank.)
    const centerOf = (head === 'Center' || head === 'Centre') && ofAt < 0 ? r.name.split(' ').at(-2) : undefined
    if (r.type === 'ORG' && r.rule === 'name.org-head' && (lex.facilityHeads.has(head) || (centerOf !== undefined && lex.facilityCenterKinds.has(centerOf)))) r = changed(r, 'PLACE', 'name.facility-head')
    if (r.type === 'EVENT') {
      const name = r.name
      const host = [...drafts.values()].find((d) => d.type === 'EVENT' && sameEvent(d.name, name, lex))
      if (host) { this.add(host, r, 'alias'); return }
    }
    if (r.name.length < 2) return // "the letter F": one letter names nothing
    const key = `${r.type}:${r.name.toLowerCase()}`
    const d = this.draftFor(key, r.type, null, r.name, r.rule, r.start)
    this.add(d, r, 'name')
    if (!d.actor) d.actor = unknownActor(r)
  }

  /** "the Worldwide Developers Conference (WWDC)": an acronym in brackets right after a named event stands for it … */
  bracketedAcronyms(deferred: readonly RawMention[]): void {
    const { toks, drafts, shortForms } = this
    for (const r of deferred) {
      if (r.rule !== 'name.acronym' || tokAt(toks, r.tokenStart - 1)?.text !== '(' || r.tokenStart < 2) continue
      const before = toks[r.tokenStart - 2]!.end
      // … and right after an organisation whose name it spells, function words and a leading adjective optional
      // ("Chinese Ministry of Foreign Affairs (MOFA)").
      const host = [...drafts.values()].find((d) => d.mentions.some((m) => m.end === before) &&
        (d.type === 'EVENT' || (d.type === 'ORG' && !d.entry && spellsInitials(d.name, r.name))))
      if (host && !shortForms.has(r.name.toLowerCase())) shortForms.set(r.name.toLowerCase(), host)
    }
  }

  /** Surnames and short forms: a lone capitalised word that is part of a longer name in this article. */
  shortFormsOf(deferred: readonly RawMention[]): void {
    const { drafts, shortForms } = this
    for (const r of deferred) {
      const lower = r.name.toLowerCase()
      // A sentence-initial word joins the same word found mid-sentence elsewhere ("Fiat … Fiat said").
      // (A surname after a title, "Secretary Sebelius", is only ever a person's.)
      const host = r.rule === 'name.title' ? personHost(shortForms.get(lower)) ?? drafts.get(`PERSON:${lower}`) :
        shortForms.get(lower) ?? drafts.get(`ORG:${lower}`) ?? drafts.get(`PERSON:${lower}`) ?? drafts.get(`GROUP:${lower}`) ??
        // (A sentence-initial word may also be a place found after "in" elsewhere: "Raqqa is …".)
        (r.rule.startsWith('coref.') ? drafts.get(`PLACE:${lower}`) : undefined)
      if (host) { this.add(host, changed(r, r.type, 'coref.surname'), 'alias'); continue }
      if (r.rule === 'coref.compound' || r.rule === 'coref.surname') continue
      this.unknown(r)
    }
  }

  /** "a stake in Chrysler" … "Chrysler said": an unknown name read as a place after "in" but found as an
   *  organisation elsewhere in the article is that organisation. */
  mergeUnknownNames(): void {
    const { drafts, shortForms } = this
    for (const [key, d] of drafts) {
      // "its Cupertino headquarters" … "Cupertino, California": the same unknown name found as a place is that place.
      if (!d.entry && d.type === 'ORG') {
        const place = drafts.get(`PLACE:${d.name.toLowerCase()}`)
        if (place && place.rule === 'name.place-comma-region') { place.mentions.push(...d.mentions); drafts.delete(key); continue }
      }
      if (d.entry || d.type !== 'PLACE' || d.rule !== 'name.locative') continue
      const org = drafts.get(`ORG:${d.name.toLowerCase()}`) ?? shortForms.get(d.name.toLowerCase())
      if (!org || org.type !== 'ORG') continue
      // … but a lone unknown word read as an organisation only for want of a better reading ("Raqqa is …" besides
      // "in Raqqa") is the place, when "in X" is its usual form and it is not shaped like a company or an acronym
      // ("a stake in WorldCom", "growth in GDP").
      const orgKey = `ORG:${d.name.toLowerCase()}`
      const placeWins = org.rule === 'name.single' && !org.entry && drafts.get(orgKey) === org && !COMPANY_SHAPE.test(d.name) &&
        d.mentions.length >= org.mentions.filter((m) => m.kind === 'name').length
      const [host, guest, guestKey] = placeWins ? [d, org, orgKey] : [org, d, key]
      host.mentions.push(...guest.mentions.map(aliasMention))
      drafts.delete(guestKey)
    }
  }
}

/** "… said Opel." at a paragraph end: the tokenizer keeps the dot on a short capitalised word; the name has none. */
function withoutFinalDot(text: string, toks: readonly Tok[], r: RawMention): RawMention {
  const last = toks[r.tokenEnd - 1]
  if (!last || r.end !== last.end || last.baseEnd !== last.end - 1 || text.charCodeAt(r.end - 1) !== 46) return r
  const c = copyMention(r)
  c.end = r.end - 1
  if (r.name.endsWith('.')) c.name = r.name.slice(0, -1)
  return c
}

/** "AirTanker Ltd.", "Ford Motors Co.": a legal-form suffix after an organisation's name is part of it. */
function withSuffix(text: string, toks: readonly Tok[], r: RawMention, lex: Lexicon): RawMention {
  const next = tokAt(toks, r.tokenEnd), last = toks[r.tokenEnd - 1]
  if (!next || !last || next.sentence !== last.sentence || last.possessive || r.end !== last.end || !lex.corporateSuffixes.has(next.base)) return r
  return suffixed(text, r, next)
}

/** (Apart from withSuffix, which runs for every mention: this rare rest stays out of groupMentions' compiled code,
 *  where each branch it had not yet seen deoptimised all of it.) */
function suffixed(text: string, r: RawMention, next: Tok): RawMention {
  // An unknown word ("AirTanker Ltd." opening a sentence) is an organisation's name by its suffix alone.
  const unknownWord = !r.entries.length && r.deferred && r.tokenEnd - r.tokenStart === 1
  if (!(r.type === 'ORG' && r.kind === 'name') && !unknownWord) return r
  const c = changed(r, 'ORG', 'name.corporate-suffix', r.entries, false)
  c.end = next.end
  c.tokenEnd = r.tokenEnd + 1
  c.name = text.slice(r.start, next.end)
  c.kind = 'name'
  return c
}

/** A same-shaped copy of a mention with another type and rule (and entries and deferral, when given). */
function changed(r: RawMention, type: EntityType, rule: string, entries = r.entries, deferred = r.deferred): RawMention {
  const c = copyMention(r)
  c.type = type
  c.rule = rule
  c.entries = entries
  c.deferred = deferred
  return c
}

// "WorldCom", "EastEnders", "GDP", "PCs": a capital inside a word, or all capitals, is no place name's shape.
const COMPANY_SHAPE = /\p{Ll}\p{Lu}|^\p{Lu}+s?$/u

const LEADER_GOVERNMENT = /^\s(administration|government|cabinet|presidency)\b/i

const GOVERNMENT_LEVELS = new Set(['provincial', 'state', 'regional', 'local', 'municipal', 'city', 'county', 'territorial', 'devolved'])
const LOCATIVE_BEFORE = /\b(?:in|near|outside|at)\s+$/

function choose(r: RawMention, text: string, fullNames: Set<string>, day: string, lex: Lexicon, placeContext = false): KbEntry | null {
  let list = r.entries
  if (list.length > 1) {
    const user = list.filter(isUser)
    if (user.length) list = user
  }
  if (placeContext) list = list.filter((e) => e.type === 'PLACE')
  if (r.kind === 'adjective') return list.find((e) => isCountry(e)) ?? list[0]!
  const persons = list.filter((e) => e.type === 'PERSON')
  const oneWord = r.tokenEnd - r.tokenStart === 1
  const lower = oneWord ? text.slice(r.start, r.end).toLowerCase() : ''
  if (persons.length && r.kind === 'alias' && oneWord) {
    const named = persons.find((e) => fullNames.has(e.name.toLowerCase()))
    if (named) return named
    // "Warren reported from Buenos Aires", "Miller, who served …": a very common surname alone is someone the KB does
    // not know, unless a title names the office ("Secretary Carter").
    if (lex.commonSurnames.has(lower.replace(/['’]s$/, '')) && !r.title) return null
    const inOffice = persons.filter((e) => (e.roles ?? []).some((ro) => (!ro.from || fullDate(ro.from) <= day) && (!ro.to || day < fullDate(ro.to))))
    if (inOffice.length) return inOffice[0]!
    // "President Bush" in an undated text or one written later: the one KB person who ever held the title.
    const role = r.title?.role?.toLowerCase()
    const heldTitle = role ? persons.filter((e) => (e.roles ?? []).some((ro) => ro.role?.toLowerCase() === role)) : []
    if (heldTitle.length === 1) return heldTitle[0]!
    // "the Bush administration", "the Blair government": a leader's own government, whenever the text was written.
    if (LEADER_GOVERNMENT.test(text.slice(r.end, r.end + 16))) {
      const leaders = persons.filter((e) => (e.roles ?? []).some((ro) => HEAD_ROLES.test(ro.role ?? '')))
      if (leaders.length === 1) return leaders[0]!
    }
    // "Ruth Kelly … Kelly added": the surname of someone the article names in full is that person, not a KB person
    // out of office.
    if (surnameOfNamed(lower, fullNames)) return null
    // "Kelly" in a 2005 article is not John F. Kelly (in office 2017–19): a bare surname that is also a given name, of
    // people who held no KB office on the article's day and are not named in full in it, is someone the KB does not
    // know ("Obama", "Bush" or "Gaddafi" out of office still are who they were).
    // (The lexicon's given names only: KB first names include surnames too, as "Hussein" of King Hussein.)
    if (lex.givenNames.has(lower) && persons.length === list.length && persons.every((e) => (e.roles ?? []).some((ro) => ro.from))) return null
    if (persons.length === list.length && persons.length > 1) return null // an ambiguous surname: leave it to the article's own names
    if (persons.length === list.length && r.end - r.start <= 4) return null // a short surname (Gao, Kim) of someone not in office
  }
  // "Lindsay Davenport … Davenport won": a small town's name that is the surname of someone named in full is that person.
  if (oneWord && list.every(isSmallTown) && surnameOfNamed(lower, fullNames)) return null
  if (list.length === 1) return list[0]!
  if (r.title) { const p = list.find((e) => e.type === 'PERSON'); if (p) return p }
  const edition = nearestEdition(list, day)
  if (edition) return edition
  return [...list].sort((a, b) => entryRank(b) - entryRank(a))[0]!
}

/** Countries before organisations before capitals before other places, then by population. (A module-level function:
 *  under tsx a named closure costs a defineProperty call each time it is made.) */
function entryRank(e: KbEntry): number {
  return (isCountry(e) ? 4 : e.type === 'ORG' ? 3 : e.capitalOf ? 2 : 1) * 1e12 + (e.population ?? 0)
}

/** "Winter Olympics", "G20 summit": of several dated editions, the one on the article's day, else the nearest. */
function nearestEdition(list: readonly KbEntry[], day: string): KbEntry | null {
  const dated = list.filter((e) => e.type === 'EVENT' && (e as { when?: unknown }).when)
  if (dated.length < 2) return null
  const t = Date.parse(fullDate(day))
  const distance = (e: KbEntry) => {
    const when = (e as unknown as { when: { from: string; to: string | null } }).when
    const from = Date.parse(fullDate(when.from)), to = Date.parse(fullDate(when.to ?? when.from))
    return t < from ? from - t : t > to ? t - to : 0
  }
  return dated.reduce((best, e) => (distance(e) < distance(best) ? e : best))
}

/** A word that ends one of the full names the article gives (lower case). */
function surnameOfNamed(lower: string, fullNames: Set<string>): boolean {
  const surname = ` ${lower}`
  for (const n of fullNames) if (n.endsWith(surname)) return true
  return false
}

/** "Forces for Defence of Democracy (FDD)": an acronym in brackets right after an unknown organisation's name that
 *  spells it (see spellsInitials). */
function definesAcronym(toks: readonly Tok[], prev: RawMention, r: RawMention, surface: string): boolean {
  if (prev.type !== 'ORG' || prev.entries.length || prev.tokenEnd !== r.tokenStart - 1 || toks[r.tokenStart - 1]!.text !== '(' ||
    tokAt(toks, r.tokenEnd)?.text !== ')' || !spellsInitials(prev.name, surface)) return false
  // "International Labor Office (ILO)" is the KB's International Labour Organization written another way: a name that
  // shares a word with the KB entry's keeps the KB link.
  const words = new Set(prev.name.toLowerCase().split(' ').filter((w) => w.length > 3))
  return !r.entries.some((e) => e.name.toLowerCase().split(' ').some((w) => words.has(w)))
}

/** Whether an acronym spells a name's capitalised words in order, each lower-case word ("of", "for") and the first
 *  word (a nationality: "Chinese Ministry of Foreign Affairs" → MOFA, MFA) optional. */
function spellsInitials(name: string, acronym: string): boolean {
  const words = name.split(/\s+/), letters = acronym.toLowerCase().replace(/[^a-z]/g, '')
  if (letters.length < 2) return false
  const fits = (w: number, l: number): boolean => {
    if (l === letters.length) return words.slice(w).every((x) => !/^\p{Lu}/u.test(x))
    if (w === words.length) return false
    const word = words[w]!
    const optional = w === 0 || !/^\p{Lu}/u.test(word)
    return (word[0]!.toLowerCase() === letters[l] && fits(w + 1, l + 1)) || (optional && fits(w + 1, l))
  }
  return fits(0, 0)
}

function initials(name: string): string {
  let out = ''
  for (const w of name.split(/\s+/)) {
    const c = w.charCodeAt(0)
    // An ASCII first letter is upper-case exactly when it is A–Z; anything else asks the Unicode class.
    if ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(w))) out += w[0]!.toLowerCase()
  }
  return out
}

/** "Winter Games" and "Games" name the "Beijing Winter Olympics": same words apart from the head, heads alike. */
function sameEvent(host: string, alias: string, lex: Lexicon): boolean {
  const h = host.toLowerCase().split(/\s+/), a = alias.toLowerCase().split(/\s+/)
  const hHead = h.at(-1)!, aHead = a.at(-1)!
  const synonyms = lex.eventAliasHeads.get(hHead)
  if (aHead !== hHead && !synonyms?.has(aHead)) return false
  return a.slice(0, -1).every((w) => w === 'the' || h.includes(w))
}

const personHost = (d: Draft | undefined) => (d?.type === 'PERSON' ? d : undefined)

const STATE_BODY_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP'])

/**
 * "the Senate", "the House" named without a country in an article that names a known body of one state: a name
 * that ends one of its names is that body ("U.S. House" … "the House"), one that starts it is of that state ("the
 * Senate" beside the "Senate Foreign Relations Committee"). Same sector only (the White House is no "House"), and only
 * when the known bodies point to one state. A body still without a state is that of the state the article is about,
 * when there is one (see mainCountry).
 */
function bodiesOfKnownStates(drafts: Map<string, Draft>): void {
  const nameless = (d: Draft) => !d.entry && d.type === 'ORG' && !!d.actor?.sector && !d.actor.country && STATE_BODY_SECTORS.has(d.actor.sector)
  let any = false
  for (const d of drafts.values()) if (nameless(d)) { any = true; break }
  if (!any) return
  const known = [...drafts.values()].filter((d) => d.entry && d.type === 'ORG' && d.entry.country && d.actor?.sector)
  if (known.length) namedBodies(drafts, known, nameless)
  // "The Senate voted …", "the Foreign Ministry said" in an article about one state: that state's body.
  const main = mainCountry(drafts)
  // (Legislatures, courts and ministries only: an unknown "Army" or "Party" may be anyone's: "Irish Republican Army".)
  if (main) for (const d of drafts.values()) if (nameless(d) && STATE_ORGAN.test(d.name)) d.actor = { code: `${main}${d.actor!.sector}`, country: main, sector: d.actor!.sector, role: d.actor!.role }
}

const STATE_ORGAN = /^(?:the )?(?:Senate|House|Congress|Parliament|National Assembly|(?:Supreme|Constitutional|High) Court|Cabinet|Government|(?:[A-Z][a-z]+ )?(?:Ministry|Department)|Ministry of .+|Department of .+)$/i

function namedBodies(drafts: Map<string, Draft>, known: Draft[], nameless: (d: Draft) => boolean): void {
  const lowered = new Map(known.map((k) => [k, [k.entry!.name, ...k.entry!.aliases].map((n) => n.toLowerCase())]))
  const names = (k: Draft) => lowered.get(k)!
  for (const [key, d] of drafts) {
    if (!nameless(d)) continue
    const sector = d.actor!.sector!
    const name = d.name.toLowerCase().replace(/^the /, '')
    const same = known.filter((k) => k.actor!.sector === sector)
    const whole = same.filter((k) => names(k).some((n) => n.endsWith(` ${name}`)))
    if (whole.length === 1) {
      whole[0]!.mentions.push(...d.mentions.map(aliasMention))
      drafts.delete(key)
      continue
    }
    const countries = new Set(same.filter((k) => names(k).some((n) => n.startsWith(`${name} `))).map((k) => k.entry!.country!))
    if (whole.length === 0 && countries.size === 1) {
      const country = [...countries][0]!
      // A literal in the order every actor is made in (a spread copy takes another object shape).
      d.actor = { code: `${country}${sector}`, country, sector, role: d.actor!.role }
    }
  }
}

/** The state an article is about: the country of at least 60% (and at least four) of the mentions of entities with a
 *  country, or null. */
function mainCountry(drafts: Map<string, Draft>): string | null {
  const count = new Map<string, number>()
  let all = 0
  for (const d of drafts.values()) {
    const country = d.actor?.country ?? (d.entry && isCountry(d.entry) ? d.entry.country : null)
    if (!country) continue
    count.set(country, (count.get(country) ?? 0) + d.mentions.length)
    all += d.mentions.length
  }
  let best: string | null = null, most = 0
  for (const [c, n] of count) if (n > most) { best = c; most = n }
  return most >= 4 && most >= 0.6 * all ? best : null
}

function resolveTitles(text: string, refs: TitleRef[], drafts: Map<string, Draft>): void {
  const people = [...drafts.values()].filter((d) => d.type === 'PERSON' && d.actor)
  for (const ref of refs) {
    const fits = people.filter((p) => {
      const a = p.actor!
      if (ref.country && a.country !== ref.country) return false
      const role = (a.role ?? '').replace(/^former /, '')
      if (ref.head || /^leaders?$/i.test(ref.role ?? '')) return HEAD_ROLES.test(role)
      return role.toLowerCase() === (ref.role ?? '').toLowerCase()
    })
    // "the two leaders": the two most-mentioned people who fit; "the Russian president": the only one who fits.
    const chosen = ref.count ? (fits.length >= ref.count ? [...fits].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, ref.count) : []) : fits.length === 1 ? fits : []
    for (const p of chosen) {
      if (p.mentions.some((m) => m.start === ref.start)) continue
      p.mentions.push(entityMention(ref.start, ref.end, text.slice(ref.start, ref.end), 'title', undefined, undefined))
    }
  }
}

function finish(drafts: Map<string, Draft>): Entity[] {
  const list = [...drafts.values()]
    .filter((d) => d.mentions.length)
    // An unknown single word that found no longer name stays out unless it recurs.
    .filter((d) => d.entry || !(d.rule === 'name.single' && d.mentions.length < 1))
  const firstAt = new Map(list.map((d) => [d, d.mentions.reduce((min, m) => Math.min(min, m.start), Infinity)]))
  list.sort((a, b) => firstAt.get(a)! - firstAt.get(b)!)
  return list.map((d, i) => {
    const mentions = d.mentions.sort((a, b) => a.start - b.start)
    const aliases = [...new Set(mentions.filter((m) => m.kind !== 'title' && m.text !== d.name).map((m) => m.text))]
    const ruleSet = d.entry ? 'kb' : d.rule
    // description is always there (undefined when none, left out of JSON): one object shape for every entity.
    return { id: `e${i + 1}`, name: d.name, type: d.type, mentions, aliases, actor: d.actor ?? null, kbId: d.entry?.id ?? null, rule: ruleSet, description: d.description || undefined }
  })
}

import type { ActorCode, EntityType } from '../../article/index.js'
import { isCountry, type Kb, type KbEntry } from '../../kb/index.js'
import { WordFilter } from '../word-filter.js'
import { gazetteer, matchAt, matchPart, type Gazetteer, type GazetteerMatch } from './gazetteer.js'
import { isCommonWord, isOrdinaryWord, type Lexicon } from './lexicon.js'
import { rawMention, type RawMention, type TitleInfo, type TitleRef } from './mention.js'
import { capitalRun, headOf, isGivenName, MIDDLE_INITIAL, nameLike, titleAt, type Run } from './names.js'
import { tokAt } from './token-at.js'
import type { Tok } from './token-view.js'

// Unicode-class expressions live at module level: tsx (esbuild) rewrites a literal with \p{…} as `new RegExp(…)`,
// which inside a function builds a new object at every call.
const LOWER_START = /^\p{Ll}/u
const LOWER_PLURAL_END = /\p{Ll}s$/u
const ADJECTIVE_LIKE = /^\p{Lu}[\p{Ll}]+(?:an|ian|ese|ish|ic|ist|ists|ism|i|ional|ial)s?$/u // Marxist, Asian, Congressional
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u // PCs, ICBMs, NGOs

export interface ScanResult { mentions: RawMention[]; titleRefs: TitleRef[] }

const LOCATIVE_CUES = new Set(['in', 'near', 'outside', 'around', 'across', 'into', 'towards', 'toward', 'throughout'])
const HOLDING_WORDS = new Set(['stake', 'stakes', 'share', 'shares', 'shareholding', 'holding', 'holdings', 'investment', 'investments', 'invest', 'invests', 'invested', 'investing'])
// Verbs a publication does ("the Sun reported"); not speech verbs, which make a name before them a person.
const REPORTING_VERBS = new Set(['reported', 'reports', 'revealed', 'reveals', 'published', 'publishes', 'announced', 'announces', 'quoted', 'quotes', 'cited'])
// Ship prefixes of navies news names often, with the navy's country.
const SHIP_PREFIXES = new Map([['USS', 'USA'], ['USNS', 'USA'], ['HMS', 'GBR'], ['HMAS', 'AUS'], ['HMCS', 'CAN'], ['INS', 'IND']])
const SHIP_NAME_STOPS = new Set(['in', 'the', 'of', 'to', 'and', 'at', 'on', 'for', 'off', 'near', 'into'])
const SUBNATIONAL_ROLES = new Set(['Governor', 'Mayor'])
const CURRENCY_SIGN = /^[#£€¥$]/
const GROUP_CUES = new Set(['the', 'of', 'many', 'some', 'most', 'all', 'million', 'mn', 'm', 'thousands', 'hundreds', 'millions', 'ethnic', 'fellow', 'young', 'local', 'other', 'and', 'against', 'among', 'two', 'three', 'several', 'few', 'more', 'fewer'])

/** An ordinary capitalised noun the lexicon knows as a head, title or sector word. */
function isCommonNoun(lower: string, lex: Lexicon): boolean {
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1)
  return lex.orgHeads.has(cap) || lex.titles.has(lower) || lex.personNouns.has(lower) || lex.sectorNouns.has(lower) || lex.eventHeads.has(cap)
}

/**
 * What a lone unknown singular name after "the" is, from the words after it. Organisations known by one word take
 * "the" rarely and then act or are named by a head ("the Amaq media agency", "the Sun reported"); otherwise such a
 * name is a thing — a product, ship, programme or document ("the Dreamliner", "the Taurus", "the Talmud") — or a
 * place's name before its kind ("the Yarmouk refugee camp", "the Izaa district").
 */
function theSingleName(toks: readonly Tok[], b: number, lex: Lexicon, g: Gazetteer): 'org' | 'place' | 'thing' {
  const next = toks[b]
  if (!next) return 'thing'
  if (lex.placeNouns.has(next.lower)) return 'place'
  // "the Cupertino, California event": a town before its known state or country.
  if (next.text === ',' && toks[b + 1]?.cap && matchAt(g, toks, b + 1)?.pattern.entries.some((e) => e.type === 'PLACE')) return 'place'
  if (lex.speechVerbs.has(next.lower) || REPORTING_VERBS.has(next.lower)) return 'org'
  for (let k = b; k < Math.min(toks.length, b + 2); k++) {
    const t = toks[k]!
    if (t.cap || !LOWER_START.test(t.text)) break
    if (lex.descriptorHeads.has(t.lower) || lex.orgHeads.has(t.text.charAt(0).toUpperCase() + t.text.slice(1))) return 'org'
  }
  return 'thing'
}

/** "George Holding" after "Rep.": a given name and a short run of name words, not a facility ("King Khalid
 *  International Airport"). */
function givenNameAfter(toks: readonly Tok[], i: number, kb: Kb, lex: Lexicon, g: Gazetteer): boolean {
  const t = toks[i]
  if (!t || !isGivenName(t.base, t.baseLower, kb, lex)) return false
  const run = capitalRun(toks, i, lex, g)
  return !!run && run.end - i <= 3 && (!lex.facilityHeads.has(toks[run.end - 1]!.base) || SURNAME_HEADS.has(toks[run.end - 1]!.base))
}

/** The word after a KB person's one-word alias that is also a given name is that first name's own surname when the KB
 *  does not know it, or knows it only as a person's one-word surname ("Abbas Araqchi", "Qassem Suleimani"). */
function otherPersonsSurname(toks: readonly Tok[], match: GazetteerMatch, g: Gazetteer): boolean {
  const known = matchAt(g, toks, match.end)
  if (!known) return true
  return match.pattern.entries.every((e) => e.type === 'PERSON') && known.end === match.end + 1 && known.pattern.kind === 'alias' &&
    known.pattern.entries.every((e) => e.type === 'PERSON' && !match.pattern.entries.includes(e))
}

/** A KB name that starts with the title at token i and goes past it to the end of the name ("Pope Francis"; not
 *  "Emir Tamim bin Hamad Al Thani", where more of the name follows). */
function knownFromTitle(toks: readonly Tok[], i: number, titleEnd: number, g: Gazetteer, lex: Lexicon): boolean {
  const m = matchAt(g, toks, i)
  if (!m || m.end <= titleEnd) return false
  const after = toks[m.end]
  return !after || after.sentence !== toks[i]!.sentence || (!nameLike(after, lex) && !lex.particles.has(after.lower))
}

/** The actor of a KB organisation named right before a title ("NATO spokesman", "Gazprom chief executive"). */
function orgActorOf(m: RawMention): ActorCode | null {
  const e = m.entries.length === 1 ? m.entries[0]! : null
  if (!e || (e.type !== 'ORG' && e.type !== 'GROUP') || !e.actor?.code || m.kind === 'adjective') return null
  return { code: e.actor.code, country: e.country ?? null, sector: e.actor.sector ?? null, role: null }
}

/** Country of a KB match that can qualify a title or organisation ("Russian", "Russia's", "US"). */
function countryOf(m: RawMention | undefined): string | null {
  if (!m || !m.entries.length) return null
  const e = m.entries[0]!
  return isCountry(e) ? e.country ?? null : m.kind === 'metonym' ? e.capitalOf ?? null : null
}

// Lower-case words that may start a KB name or a title, as a filter that rejects nearly all other words from
// their characters alone (no string hashing), before the exact Set lookups.
const lowerStartFilters = new WeakMap<Gazetteer, { lex: Lexicon; filter: WordFilter }>()
function lowerStarts(g: Gazetteer, lex: Lexicon): WordFilter {
  const have = lowerStartFilters.get(g)
  if (have && have.lex === lex) return have.filter
  const filter = new WordFilter([...g.lowerFirst, ...lex.titles.keys()])
  lowerStartFilters.set(g, { lex, filter })
  return filter
}

/**
 * One left-to-right pass over the tokens. At each word: a title ("President", "foreign minister"), else the
 * longest KB pattern, else a run of capitalised words (kept over a shorter KB match when it ends in an
 * organisation or event head: "China Eastern Airlines", "Carnegie Moscow Center"), else the parts of a
 * hyphenated compound. Only patterns whose first token occurs are tried (Map lookup per token).
 */
export function scan(text: string, toks: readonly Tok[], kb: Kb, lex: Lexicon): ScanResult {
  const g = gazetteer(kb)
  const starters = lowerStarts(g, lex)
  const s = new Scanner(text, toks, kb, lex, g)
  let i = 0
  while (i < toks.length) {
    const t = toks[i]!
    if (!t.word) { i++; if (t.text !== ',' ) s.pendingTitle = null; continue }
    // Most tokens are lower-case words that start no title, KB name or compound: one test each, then on.
    if (!t.cap && !t.capsSentence && !t.possessive && !t.hyphen && (!starters.mayHave(text, t.start, t.end) || (!g.lowerFirst.has(t.lower) && !lex.titles.has(t.lower)))) { s.pendingTitle = null; i++; continue }
    i = s.step(i, t)
  }
  return { mentions: s.mentions, titleRefs: s.titleRefs }
}

/**
 * The scan's state and its steps at a token that may start something. Each step is its own method rather than one
 * long loop body: the optimising compiler recompiles a function whenever a branch it never saw runs, and a long one
 * costs more each time. A step returns the index to go on from, or -1 when the next step is to look.
 */
class Scanner {
  readonly mentions: RawMention[] = []
  readonly titleRefs: TitleRef[] = []
  pendingTitle: (TitleInfo & { tokenStart: number }) | null = null

  constructor(readonly text: string, readonly toks: readonly Tok[], readonly kb: Kb, readonly lex: Lexicon, readonly g: Gazetteer) {}

  step(i: number, t: Tok): number {
    const prevMention = this.mentions[this.mentions.length - 1]
    const adjacentPrev = prevMention && prevMention.tokenEnd === i ? prevMention : undefined
    let next = this.title(i, t, prevMention, adjacentPrev)
    if (next < 0) next = this.labelOrShip(i, t)
    if (next < 0 && t.hyphen) next = this.compound(i, t)
    return next < 0 ? this.name(i, t, adjacentPrev) : next
  }

  /** 1. A title before a name, or standing alone for a person named elsewhere. */
  private title(i: number, t: Tok, prevMention: RawMention | undefined, adjacentPrev: RawMention | undefined): number {
    const { text, toks, kb, lex, g } = this
    const title = titleAt(toks, i, lex)
    if (!title) return -1
    // A capitalised run headed by an organisation word wins over a title inside it ("Energy Department"), except a
    // title with its "of" phrase ("the Chief Executive Officer of General Motors" is a role, not a name).
    const titleOf = toks[title.end]?.lower === 'of' || toks[title.end]?.lower === 'for'
    // ("Rep. George Holding": a given name right after the title makes the rest a person's name whatever its last word.)
    // ("Pope Francis", "King Salman": a KB name that begins with the title is that name, unless more name follows:
    // "President Xi Jinping".)
    if (knownFromTitle(toks, i, title.end, g, lex) || !(titleOf || !(t.cap && capitalRun(toks, i, lex, g)?.head === 'ORG') || givenNameAfter(toks, title.end, kb, lex, g))) return -1
    const next = toks[title.end]
    const before = adjacentPrev && countryOf(adjacentPrev) ? adjacentPrev : undefined
    // "Pakistan's foreign office spokesman X", "Syrian opposition leader X": the body's state, and its sector when it
    // is more than government's.
    const body = before ? null : bodyBeforeTitle(toks, i, this.mentions, lex)
    const country = before ? countryOf(before) : body?.country ?? null
    const titleStart = before ? before.start : t.start
    if (next && next.sentence === t.sentence && (nameLike(next, lex) || matchAt(g, toks, title.end)?.pattern.entries.some((e) => e.type === 'PERSON'))) {
      if (t.cap || before || (i > 0 && toks[i - 1]!.lower !== 'the')) {
        const org = !before && adjacentPrev ? orgActorOf(adjacentPrev) : null
        this.pendingTitle = { role: title.rule.role, sector: body && body.sector !== 'GOV' ? body.sector : title.rule.sector ?? body?.sector ?? null, country, org, head: !!title.rule.head, text: text.slice(org ? adjacentPrev!.start : titleStart, toks[title.end - 1]!.end), tokenStart: i }
        return title.end
      }
    } else if (title.rule.role) {
      const theBefore = tokAt(toks, before ? before.tokenStart - 1 : i - 1)
      const count = theBefore && /^(two|both)$/.test(theBefore.lower) ? 2 : null
      const start = theBefore && /^(the|two|both)$/.test(theBefore.lower) ? (count && tokAt(toks, before ? before.tokenStart - 2 : i - 2)?.lower === 'the' ? toks[(before ? before.tokenStart : i) - 2]!.start : theBefore.start) : titleStart
      if (before || (theBefore && /^(the|two|both)$/.test(theBefore.lower))) {
        this.titleRefs.push({ start, end: toks[title.end - 1]!.baseEnd, role: title.rule.role, country: country ?? countryAfterOf(toks, title.end, g), head: !!title.rule.head, count })
      }
    }
    if (titleOf && t.cap) { this.pendingTitle = null; return title.end }
    return -1
  }

  /** A party label after a legislator's name, or a warship's name. */
  private labelOrShip(i: number, t: Tok): number {
    const { text, toks } = this
    // "Rep. Jim Banks (R., Ind.)", "Sen. Tim Kaine, D., Va.": a party letter and a state after a legislator's name are
    // a label, not names (they had made an organisation "R." and a place "D.").
    const label = partyLabelEnd(toks, i)
    if (label > i) { this.pendingTitle = null; return label }
    // A warship ("USS Ronald Reagan", "HMS Defender") is its navy's, whatever names its own name repeats.
    const navy = SHIP_PREFIXES.get(t.base)
    if (!navy || !toks[i + 1]?.cap || toks[i + 1]!.sentence !== t.sentence) return -1
    let end = i + 1
    while (end < toks.length && end - i <= 4 && toks[end]!.sentence === t.sentence && toks[end]!.cap && !toks[end - 1]!.possessive && !SHIP_NAME_STOPS.has(toks[end]!.lower)) end++
    const last = toks[end - 1]!
    const stop = last.possessive ? last.baseEnd : last.end
    this.mentions.push(rawMention(t.start, stop, i, end, 'name', 'ORG', [], text.slice(t.start, stop), 'name.ship', null, false, 'MIL', navy))
    this.pendingTitle = null
    return end
  }

  /** 2. Hyphenated compounds first: "Putin-Xi", "Russia-China", "Sino-Russian", "US-based". */
  private compound(i: number, t: Tok): number {
    const { toks, kb, lex, g, mentions } = this
    if (matchAt(g, toks, i)) return -1
    const before = mentions.length
    emitParts(t, i, g, mentions)
    // "Jean-Claude Brisard", "Anne-Marie Slaughter": unknown parts followed by a name are a hyphenated given name.
    const next = toks[i + 1]
    const givenName = t.cap && next && next.sentence === t.sentence && next.start === t.end + 1 && nameLike(next, lex) &&
      t.base.split('-').every((p) => p.length > 1 && (isGivenName(p, p.toLowerCase(), kb, lex) || !isCommonWord(p.toLowerCase(), lex)))
    if (givenName && mentions.length > before && mentions.slice(before).every((m) => m.rule === 'coref.compound')) mentions.length = before
    else if (mentions.length > before || !t.cap) { this.pendingTitle = null; return i + 1 }
    return -1
  }

  /** 3. KB pattern vs. capitalised run. A lone closed-class word ("He", "May") is not a KB alias. */
  private name(i: number, t: Tok, adjacentPrev: RawMention | undefined): number {
    const { text, toks, kb, lex, g, mentions } = this
    let match = matchAt(g, toks, i)
    // "the Baltic Policy Institute", "the Atlantic Ocean": a KB pattern that starts with "the" yields to a headed
    // name or a longer KB name after it.
    if (match && t.lower === 'the' && i + 1 < toks.length && nameLike(toks[i + 1]!, lex)) {
      const after = capitalRun(toks, i + 1, lex, g)
      if ((after?.head && after.end > match.end) || (matchAt(g, toks, i + 1)?.end ?? 0) > match.end) { this.pendingTitle = null; return i + 1 }
    }
    if (match && match.end - match.start === 1 && lex.notNames.has(t.base) && match.pattern.entries.every((e) => e.type === 'PERSON')) match = null
    // "PA&E", "AT&T": letters glued to "&" are part of another name, unless the other side is a known name too ("UK&US").
    if (match && gluedAmpersandName(toks, i, match.end, g)) match = null
    // A one-word alias that is an ordinary noun ("Director", "Intelligence", "Party") is too weak to link on its own.
    if (match && match.end - match.start === 1 && match.pattern.kind === 'alias' && isCommonNoun(match.pattern.lowers[0]!, lex)) match = null
    // "United States Air Force", "the UK Ministry of Defence": a place name followed by a headed organisation name
    // is one organisation name ("United" alone is an ordinary word, so no capitalised run starts there).
    if (match && !toks[match.end - 1]!.possessive && !toks[match.end - 1]!.suffixed && match.pattern.kind !== 'adjective' && match.pattern.entries.some((e) => e.type === 'PLACE')) {
      const after = match.end < toks.length && toks[match.end]!.sentence === t.sentence ? capitalRun(toks, match.end, lex, g) : null
      if (after?.head === 'ORG') {
        const from = t.lower === 'the' ? i + 1 : i
        const next = emitRun(text, toks, { ...after, start: from }, kb, lex, mentions, this.pendingTitle, adjacentPrev, g)
        this.pendingTitle = null
        return next
      }
    }
    // "Shares of Harbour Mutual", "Workers of General Motors": an ordinary word opening the sentence before "of" is
    // not the head of the name after it.
    const commonOpener = t.sentStart && !match && toks[i + 1]?.lower === 'of' && isOrdinaryWord(t.baseLower, lex) && !headOf(t, lex)
    const run = nameLike(t, lex) && !commonOpener ? capitalRun(toks, i, lex, g) : null
    // A longer capitalised run wins over a KB match when it is headed ("China Eastern Airlines") or extends a
    // known organisation by words the KB does not know ("Apple Computer").
    // (Not by a title: "White House Chief of Staff Denis McDonough".)
    const extendsOrg = run && match && run.end > match.end && match.pattern.entries.every((e) => e.type === 'ORG') && !matchAt(g, toks, match.end) && !titleAt(toks, match.end, lex)
    // "FBI and National Counterterrorism Center": a KB name followed by "and" is not the start of one long name.
    const listAfterMatch = match && /^(and|&|,)$/.test(toks[match.end]?.lower ?? '')
    // "Martin Luther King", "Kelly Ayotte", "Brent Scowcroft", "Douglas Lute", "Vladimir V. Putin": a one-word KB
    // person alias or place name that is also a given name, followed by more name words, is someone's given name
    // ("Obama Doctrine", "Trump Tower", "Jordan River" keep the KB entry).
    const surnameFirst = run && match && match.end - match.start === 1 && match.pattern.kind !== 'adjective' && run.end > match.end &&
      match.pattern.entries.every((e) => e.type === 'PERSON' || e.type === 'PLACE') && (match.pattern.kind === 'alias' || match.pattern.entries.every((e) => e.type === 'PLACE')) &&
      isGivenName(t.base, t.lower, kb, lex) && !isCommonWord(toks[match.end]!.baseLower, lex) && otherPersonsSurname(toks, match, g)
    // "Syrian Golan Heights": a KB place after a KB adjective that ends where the run ends is two names, not one
    // (organisations are not: "Argentine Congress" is no "Congress" of the KB's).
    const placeAfter = run && match && match.pattern.kind === 'adjective' ? matchAt(g, toks, match.end) : null
    const twoKnown = !!placeAfter && placeAfter.end === run!.end && placeAfter.pattern.entries.every((e) => e.type === 'PLACE')
    // "Latin American and Caribbean Center", "East Asian Languages": a region's adjective opens a longer name.
    const regionName = run && match && match.pattern.kind === 'adjective' && run.end > match.end && !placeAfter && match.pattern.entries.every((e) => e.type === 'PLACE' && !e.country)
    const useRun = run && (!match || (run.end > match.end && !listAfterMatch && !twoKnown && (run.head !== null || extendsOrg || surnameFirst || regionName)))
    if (useRun) {
      // "Prime Minister Tolga Erdem of Mongolia", "President X, of Serbia,": the country after the name is the title's
      // (not for legislators, governors and mayors, whose "of" names their state or city: "Rep. Doug Collins of Georgia").
      if (this.pendingTitle && !this.pendingTitle.country && this.pendingTitle.sector !== 'LEG' && !SUBNATIONAL_ROLES.has(this.pendingTitle.role ?? '')) this.pendingTitle.country = countryAfterOf(toks, tokAt(toks, run!.end)?.text === ',' ? run!.end + 1 : run!.end, g, true)
      const next = emitRun(text, toks, run!, kb, lex, mentions, this.pendingTitle, adjacentPrev, g)
      this.pendingTitle = null
      return next
    }
    const orgMatch = match?.pattern.entries.every((e) => e.type === 'ORG')
    if (match && ((orgMatch && (productAfter(toks, match.end) || lex.indexWords.has(toks[match.end]?.text ?? ''))) || currencyAfter(toks, match.end) || quotedTownName(toks, match))) {
      this.pendingTitle = null
      return match.end
    }
    const national = orgMatch ? nationalArm(toks, match!, g, lex) : null
    if (national) {
      // "Ford Australia", "Airbus UK": a company's arm in a country, an organisation of that country.
      const last = toks[national.end - 1]!
      mentions.push(rawMention(t.start, last.baseEnd, i, national.end, 'name', 'ORG', [], text.slice(t.start, last.baseEnd), 'name.national-arm', this.pendingTitle, false, 'BUS', national.country))
      this.pendingTitle = null
      return national.end
    }
    if (match) {
      let next = emitMatch(text, toks, match, lex, mentions, this.pendingTitle)
      // "King Salman bin Abdulaziz Al Saud": a dynasty's name after a known person's name is part of it, no one else.
      if (match.pattern.entries.every((e) => e.type === 'PERSON') && toks[next]?.lower === 'al' && toks[next]!.sentence === t.sentence && toks[next + 1] && nameLike(toks[next + 1]!, lex)) next += 2
      this.pendingTitle = null
      return next
    }
    if (t.word) this.pendingTitle = null
    return i + 1
  }
}

const MODEL_NUMBER = /^[A-Z]{0,3}-?\d{2,}[A-Za-z0-9-]*$/
const YEAR = /^(1[89]|20)\d\d$/

/** "Airbus A380", "Boeing 787", "Trent 900": a name right before a model number names a product, not its maker. */
function productAfter(toks: readonly Tok[], i: number): boolean {
  const next = toks[i], prev = toks[i - 1]
  return !!next && !!prev && next.sentence === prev.sentence && next.start === prev.end + 1 && next.digit && MODEL_NUMBER.test(next.base) && !YEAR.test(next.base)
}

/** Does the article write the word alone after a determiner ("the Taurus") anywhere? */
function determinedElsewhere(toks: readonly Tok[], word: Tok): boolean {
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!
    if (t !== word && t.base === word.base && MODEL_DETERMINERS.has(toks[k - 1]!.lower) && !toks[k + 1]?.cap) return true
  }
  return false
}

const MODEL_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'new', 'old', 'used', 'latest', 'first'])
const COMPANY_PARTS = new Set(['plant', 'plants', 'factory', 'factories', 'unit', 'division', 'subsidiary', 'team', 'site', 'works', 'arm'])

/** "the Ford Taurus", "a Chrysler Aspen": a known company and one unknown name-shaped word that is no ordinary word, head or
 *  legal form is the company's model, a product ("Apple Computer", "Ford Motor", "Chrysler Group" stay companies). */
function makerModel(toks: readonly Tok[], a: number, b: number, g: ReturnType<typeof gazetteer>, lex: Lexicon): boolean {
  if (b - a !== 2) return false
  const model = toks[a + 1]!
  if (!NAME_SHAPE.test(model.base) || model.digit || model.possessive || toks[a]!.possessive || headOf(model, lex) || lex.corporateSuffixes.has(model.base) || isOrdinaryWord(model.baseLower, lex) || matchAt(g, toks, a + 1)) return false
  // A model is a thing one has: "the Chrysler Aspen", "an old Nissan Sentra" ("at UBS Brunswick", "to Bayer Leverkusen" are
  // companies); "the Fiat Powertrain plant" is a company's plant.
  // ("Ford Taurus to be revived" in a headline is the model when the article writes "the Taurus" too.)
  const before = toks[a - 1], after = toks[b]
  if (after && after.sentence === model.sentence && COMPANY_PARTS.has(after.lower)) return false
  if (!(before && MODEL_DETERMINERS.has(before.lower)) && !determinedElsewhere(toks, model)) return false
  const maker = matchAt(g, toks, a)
  return !!maker && maker.end === a + 1 && maker.pattern.kind !== 'adjective' && maker.pattern.entries.every((e) => e.type === 'ORG' && e.actor?.sector === 'BUS')
}

/** The end and state of a country's name right after a known company, when the capitalised run ends there ("Ford
 *  Australia with a grant"; not "Ford Australia Chairman", "Eurasia Group Iran analyst", "Gazprom's Ukraine deal"). */
function nationalArm(toks: readonly Tok[], m: GazetteerMatch, g: Gazetteer, lex: Lexicon): { end: number; country: string } | null {
  const last = toks[m.end - 1]!
  if (last.possessive || !m.pattern.entries.every((e) => e.actor?.sector === 'BUS')) return null
  const next = toks[m.end]
  if (!next || !next.cap || next.sentence !== last.sentence || next.start !== last.end + 1) return null
  const place = matchAt(g, toks, m.end)
  const country = place && place.pattern.kind === 'name' ? place.pattern.entries.find(isCountry)?.country : undefined
  if (!place || !country) return null
  const after = toks[place.end]
  // ("Eurasia Group Iran analyst X": the country is the person's field.)
  if (after && after.sentence === last.sentence && (after.cap || lex.personNouns.has(after.baseLower) || !!titleAt(toks, place.end, lex))) return null
  return { end: place.end, country }
}

/** 'the system, "Darwin", plus …': a town's name alone in quotation marks is a title or code name, not the town
 *  (a country's stays: 'the "Russia" file'). */
function quotedTownName(toks: readonly Tok[], m: GazetteerMatch): boolean {
  const before = toks[m.start - 1], after = toks[m.end]
  return !!before && !!after && QUOTE_OPEN.test(before.text) && QUOTE_CLOSE.test(after.text) && m.pattern.kind !== 'adjective' &&
    m.pattern.entries.every((e) => e.type === 'PLACE' && !isCountry(e) && !e.capitalOf)
}

/** "US$40", "HK$", "US $50 million": a country code right before a currency sign is part of the currency. */
function currencyAfter(toks: readonly Tok[], i: number): boolean {
  const next = toks[i], code = toks[i - 1]!
  return !!next && next.start <= code.end + 1 && next.text.startsWith('$') && (next.start === code.end || code.allCaps)
}

/** The token end of a KB match, taking in a legal-form suffix after a company ("Apple Inc."). */
function withSuffix(toks: readonly Tok[], m: GazetteerMatch, lex: Lexicon): number {
  const next = toks[m.end]
  const ok = next && next.sentence === toks[m.start]!.sentence && !toks[m.end - 1]!.possessive && lex.corporateSuffixes.has(next.base) && m.pattern.entries.every((e) => e.type === 'ORG')
  return ok ? m.end + 1 : m.end
}

function emitMatch(text: string, toks: readonly Tok[], match: GazetteerMatch, lex: Lexicon, out: RawMention[], title: TitleInfo | null): number {
  const m = { ...match, end: withSuffix(toks, match, lex) }
  const last = toks[m.end - 1]!
  const first = toks[m.start]!
  const end = last.baseEnd !== last.end && (last.baseLower === m.pattern.lowers.at(-1) || m.end > match.end) ? last.baseEnd : last.end
  const entries = m.pattern.entries
  const e0 = entries[0]!
  let kind: RawMention['kind'] = m.pattern.kind === 'adjective' ? 'adjective' : m.pattern.kind === 'name' ? 'name' : 'alias'
  let type: EntityType = e0.type
  let rule = `kb.${kind}`
  // A capital as an agent stands for its government; after a locative word it is the place.
  const capital = entries.find((e) => e.capitalOf)
  if (capital && kind !== 'adjective') {
    const prev = m.start > 0 ? toks[m.start - 1]! : null
    const locative = prev && prev.sentence === first.sentence && lex.locatives.has(prev.lower)
    if (!locative && !lowerFacilityEnd(toks, m.end)) { kind = 'metonym'; rule = 'kb.metonym.capital' }
  }
  // A seat of power is its government acting ("the Kremlin said", "a letter to the White House") and the building
  // after a word of place ("talks at the White House", "protesters outside the Kremlin").
  if (kind !== 'adjective' && entries.every((e) => e.seatOf && e.building)) {
    const prev = m.start > 0 ? toks[m.start - 1]! : null
    // ("spoke from the Oval Office", "a televised speech from the White House": where one speaks from is a place too; "a
    // statement from the White House" is the government's.)
    const spokeFrom = prev?.lower === 'from' && m.start >= 2 && SPEAKING_FROM.has(toks[m.start - 2]!.lower)
    if (prev && prev.sentence === first.sentence && (lex.seatLocatives.has(prev.lower) || spokeFrom)) { type = 'PLACE'; rule = 'kb.seat.place' }
  }
  out.push(rawMention(first.start, end, m.start, m.end, kind, type, capital && kind === 'metonym' ? [capital] : entries, e0.name, rule, title ?? null))
  return m.end
}

function emitParts(t: Tok, index: number, g: ReturnType<typeof gazetteer>, out: RawMention[]): void {
  const parts = t.base.split('-')
  // "PA-391", "MH-17", "S-400": a code with a number names a road, flight or weapon, not its letters' namesake.
  if (parts.some((p) => /^\d/.test(p))) return
  let offset = t.start
  parts.forEach((part, k) => {
    const start = offset
    offset += part.length + 1
    if (!part) return
    const found = matchPart(g, part, k === parts.length - 1)
    const end = start + part.length
    if (found && 'combining' in found) {
      out.push(rawMention(start, end, index, index + 1, 'adjective', 'PLACE', [found.combining], found.combining.name, 'kb.combining-form', null))
    } else if (found) {
      const e0 = found.pattern.entries[0]!
      const kind = found.pattern.kind === 'adjective' ? 'adjective' : found.pattern.kind === 'name' ? 'name' : 'alias'
      out.push(rawMention(start, end, index, index + 1, kind, e0.type, found.pattern.entries, e0.name, `kb.${kind}.compound`, null))
    } else if (part[0] !== part[0]!.toLowerCase() && part.length > 1 && parts.length > 1 && parts.every((p) => p && p[0] !== p[0]!.toLowerCase())) {
      // An unknown part of an all-capitalised compound ("Gabuev-Trenin"): resolve against the article's names later.
      out.push(rawMention(start, end, index, index + 1, 'alias', 'PERSON', [], part, 'coref.compound', null, true))
    }
  })
}

const GENERATION = /^(Jr\.?|Sr\.?|II|III|IV)$/ // "Martin Luther King Jr.": a generational suffix ends a person's name
const CONTRACTION = /['’](m|re|ve|ll|d)$/i // "I'm", "we're", "I've", "we'll", "I'd": a pronoun and its verb

// Place heads that are also common surnames ("Fiona Hill", "Eli Lake", "Mike Castle").
const SURNAME_HEADS = new Set(['Hill', 'Lake', 'Castle', 'Forest', 'Wall', 'Gate', 'Beach', 'Temple', 'Mount', 'Plant', 'Mall'])
const PLACE_PREFIXES = new Set(['Mount', 'Mt.', 'Fort', 'Lake', 'Camp', 'Beit', 'Kafr', 'Deir', 'Wadi', 'Jabal', 'Jebel'])
const COMPASS = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|Upper|Lower|Greater)$/

/** "African", "Asian", "American": an adjective of a people or continent (a KB adjective, or one of the lexicon's in
 *  "-an"; not a party's members, "Democrats", "Republican"). */
function peopleAdjective(toks: readonly Tok[], k: number, lex: Lexicon, g: Gazetteer): boolean {
  const base = toks[k]!.base
  if (lex.groupAdjectives.has(base)) return /ans?$/.test(base) && !/^Republicans?$/.test(base)
  const m = matchAt(g, toks, k)
  return !!m && m.end === k + 1 && m.pattern.kind === 'adjective'
}

const SPEAKING_FROM = new Set(['speech', 'speeches', 'address', 'addressed', 'spoke', 'speaks', 'speaking', 'broadcast', 'broadcasting', 'live', 'televised'])
const QUOTE_OPEN = /^[“"‘]$/, QUOTE_CLOSE = /^[”"’]$/
const LATIN_SINGULAR = /(?:ss|ous|ius|eus|sus|rus|cus|pus|mus|nus)$/
const NAME_SHAPE = /^\p{Lu}[\p{Ll}'’.]*(?:-\p{Lu}?[\p{Ll}'’.]+)*$/u // Smith, O'Neil, Jean-Claude, Ros-Lehtinen

function emitRun(text: string, toks: readonly Tok[], run: Run, kb: Kb, lex: Lexicon, out: RawMention[],
  title: TitleInfo | null, adjacentPrev: RawMention | undefined, g: ReturnType<typeof gazetteer>): number {
  let { start: a, end: b } = run
  // "(@LaikenJordahl)": a handle is no name.
  if (a > 0 && toks[a - 1]!.text === '@' && toks[a - 1]!.end === toks[a]!.start) return run.end
  // Cut an unheaded run where a title begins inside it ("Carnegie Chairman Bill Smith" → "Carnegie").
  // … and where a known person's full name begins ("Director of National Intelligence James Clapper").
  // (A place head that is also a surname heads no name across a title: "Deputy Solicitor General Jeffrey Wall".)
  if (!run.head || SURNAME_HEADS.has(toks[b - 1]!.base)) for (let k = a + 1; k < b; k++) {
    // … but a title word that ends the run names no one after it ("Martin Luther King").
    const inner = titleAt(toks, k, lex)
    if (inner && inner.end < b && !(inner.end === b - 1 && GENERATION.test(toks[b - 1]!.text))) { b = k; break }
    const m = matchAt(g, toks, k)
    if (m && m.end - m.start >= 2 && m.pattern.entries.some((e) => e.type === 'PERSON')) { b = k; break }
  }
  if (b <= a) return run.end
  // "Arab League Secretary General …": once a title is cut off, a KB name that spans what is left is that name.
  if (b < run.end) { const known = matchAt(g, toks, a); if (known && known.end === b) return emitMatch(text, toks, known, lex, out, title) }
  if (!run.head && b === run.end && productAfter(toks, b)) return b
  // "787 Dreamliner", "iPhone 4": a name right after a model number is the product's name.
  if (!run.head && a > 0 && toks[a - 1]!.end + 1 === toks[a]!.start && toks[a - 1]!.digit && MODEL_NUMBER.test(toks[a - 1]!.text) && !YEAR.test(toks[a - 1]!.text)) return b
  // Market indices ("Dow Jones Industrial Average", "Hang Seng index") are neither organisations nor people.
  if (lex.indexWords.has(toks[b - 1]!.base) || (b === run.end && lex.indexWords.has(toks[b]?.text ?? ''))) return b
  const first = toks[a]!, last = toks[b - 1]!
  const end = last.possessive || last.suffixed ? last.baseEnd : last.end
  const name = text.slice(first.start, end)
  const n = b - a
  const s = first.start, t0 = title ?? null
  const orgCountry = adjacentPrev ? countryOf(adjacentPrev) : null
  // "Heathrow airport", "Bagram air base": a lower-case facility word after an unknown name makes the pair a place.
  const facility = !run.head && n <= 3 && b === run.end ? lowerFacilityEnd(toks, b) : 0
  if (facility) {
    const facilityEnd = toks[facility - 1]!.end
    out.push(rawMention(s, facilityEnd, a, facility, 'name', 'PLACE', [], text.slice(first.start, facilityEnd), 'name.facility-lower', t0))
    return facility
  }
  // "Doris Day": a given name before a one-word event head is a person's name.
  const givenFirst = n === 2 && isGivenName(first.base, first.baseLower, kb, lex)
  // A lone ordinary head word ("Day", "Fair") names no event; "Olympics" or "Games" may stand for one named nearby.
  if (run.head === 'EVENT' && n === 1 && isCommonWord(first.baseLower, lex) && !lex.eventAliasHeads.has(first.baseLower)) return b
  // (Not a law: "the Logan Act", "the Fulbright Act" name it after a person.)
  if (run.head === 'EVENT' && (!givenFirst || last.base === 'Act')) {
    out.push(rawMention(s, end, a, b, 'name', 'EVENT', [], name, 'name.event-head', t0))
    return b
  }
  // A bare head word ("Office", "Council") names nothing by itself; legislatures and courts do after "the".
  if (run.head === 'ORG' && n === 1 && !(tokAt(toks, a - 1)?.lower === 'the' && (run.sector === 'LEG' || run.sector === 'JUD'))) return b
  // "Rep. George Holding", "Sen. Jim Banks": after a person's title, a given name and a surname that is also an
  // organisation word are the person.
  if (run.head === 'ORG' && title && n <= 3 && isGivenName(first.base, first.baseLower, kb, lex) && !anyToken(toks, a, b, (t) => !NAME_SHAPE.test(t.base))) {
    out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.title', t0))
    return b
  }
  // "Fiona Hill", "Mike Castle": a given name before a one-word place head that is also a surname is a person.
  if (run.head === 'ORG' && n <= 4 && SURNAME_HEADS.has(last.base)) {
    if (n <= 3 && isGivenName(first.base, first.baseLower, kb, lex)) { out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.given-name', t0)); return b }
    // ("Comedian Harry Hill", "Bookmaker William Hill": a capitalised word before the given name is no part of it.)
    if (n >= 3 && isOrdinaryWord(first.baseLower, lex) && isGivenName(toks[a + 1]!.base, toks[a + 1]!.baseLower, kb, lex)) return a + 1
  }
  // "Mount Sinjar", "Fort Hood", "Camp Speicher": a place's kind before its name.
  if (!run.head && n >= 2 && n <= 3 && PLACE_PREFIXES.has(first.base)) {
    out.push(rawMention(s, end, a, b, 'name', 'PLACE', [], name, 'name.place-prefix', t0))
    return b
  }
  // "the Obama White House", "the Trump State Department": a leader's name before a known organisation dates it; the
  // organisation is the name.
  if (run.head === 'ORG' && matchAt(g, toks, a)?.pattern.entries.every((e) => e.type === 'PERSON')) {
    for (let k = a + 1; k < b; k++) {
      const m = matchAt(g, toks, k)
      if (m && m.end === b && m.pattern.entries.every((e) => e.type === 'ORG')) return emitMatch(text, toks, m, lex, out, t0)
    }
  }
  if (run.head === 'ORG') {
    out.push(rawMention(s, end, a, b, 'name', 'ORG', [], name, 'name.org-head', t0, false, run.sector, orgCountry ?? countryInside(toks, a, b, g)))
    return b
  }
  // "White House Chris Wallace", "CNN Cameraman Jane Doe" (captions and bylines): a known name, perhaps a role, then a
  // given name and a surname are the organisation and a person, not one name.
  if (n >= 3) {
    const known = matchAt(g, toks, a)
    if (known && known.end < b - 1 && known.pattern.kind !== 'adjective' && known.pattern.entries.some((e) => e.type === 'ORG' || e.type === 'PLACE')) {
      let k = known.end
      while (k < b - 2 && (lex.personNouns.has(toks[k]!.baseLower) || lex.roleModifiers.has(toks[k]!.lower))) k++
      if (b - k <= 3 && isGivenName(toks[k]!.base, toks[k]!.baseLower, kb, lex) && !anyToken(toks, k, b, (t) => !NAME_SHAPE.test(t.base))) {
        emitMatch(text, toks, known, lex, out, title)
        return k
      }
    }
  }
  // Sentence-initial single capitalised word: ordinary words are capitalised there too, so it only counts
  // as a short form of a longer name in the article ("Dahl said …").
  if (n === 1 && first.sentStart && !title) { out.push(rawMention(s, end, a, b, 'alias', 'PERSON', [], name, 'coref.surname', t0, true)); return b }
  const next = toks[b], next2 = toks[b + 1]
  const prev = a > 0 ? toks[a - 1] : undefined
  // "Bashar Assad" for the KB's "Bashar al-Assad": same first name, last word a known surname.
  if (n >= 2) {
    const sur = matchAt(g, toks, b - 1)
    const kbPerson = sur && sur.end === b ? sur.pattern.entries.find((e) => e.type === 'PERSON' && e.name.split(' ')[0] === first.base) : undefined
    if (kbPerson) { out.push(rawMention(s, end, a, b, 'alias', 'PERSON', [kbPerson], kbPerson.name, 'kb.alias.variant', t0)); return b }
  }
  // "Susan E. Rice", "Michael R. Pompeo": a known person's first name and surname around a middle initial.
  if (n === 3 && MIDDLE_INITIAL.test(toks[a + 1]!.base)) {
    const known = g.byTwo.get(first.lower)?.get(last.baseLower)?.find((p) => p.lowers.length === 2 && p.kind !== 'adjective' && p.entries.every((e) => e.type === 'PERSON'))
    if (known) { out.push(rawMention(s, end, a, b, 'alias', 'PERSON', known.entries, known.entries[0]!.name, 'kb.alias.variant', t0)); return b }
  }
  // "President" without a name, "Mr. President", "Madam Speaker": a title alone is no name.
  if (n === 1 && titleAt(toks, a, lex)) return b
  // "spokesman Navy Rear Adm. John Kirby": a word between two titles qualifies the second; it names no one.
  if (title && n === 1 && b < toks.length && titleAt(toks, b, lex)) return b
  // ("Ambassador Rice", "Mrs. Rice": a lone surname after a title may be someone named in full elsewhere: deferred.)
  if (title) { out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.title', t0, n === 1)); return b }
  const appositive = next && next.text === ',' && next2 && appositiveAt(toks, b + 1, lex, n >= 2)
  if (appositive) {
    const body = appositiveBody(toks, b + 2, g, lex)
    out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.appositive', t0, false, body?.sector, body?.country, describe(text, toks, b + 1)))
    return b
  }
  if (n >= 2 && anyToken(toks, a, b, (t) => lex.particles.has(t.lower))) { out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.particle', t0)); return b }
  if (n >= 2 && isGivenName(first.base, first.baseLower, kb, lex)) { out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.given-name', t0)); return b }
  const speech = (prev && lex.speechVerbs.has(prev.lower)) || (next && lex.speechVerbs.has(next.lower) && next.lower !== 'according')
  if (n >= 2 && n <= 4 && speech) { out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.speech', t0)); return b }
  // "in Raqqa", "near Sderot": an unknown name after a locative word is a place.
  // ("a stake in Fiat", "invested in Tesla": a holding in a company, not a place.)
  if (n <= 2 && prev && LOCATIVE_CUES.has(prev.lower) && !lex.groupAdjectives.has(first.base) && !(prev.lower === 'in' && a >= 2 && HOLDING_WORDS.has(toks[a - 2]!.lower))) { out.push(rawMention(s, end, a, b, 'name', 'PLACE', [], name, 'name.locative', t0)); return b }
  if (n === 1) {
    if (lex.groupAdjectives.has(first.base)) return b
    if (prev?.lower === 'of' && a >= 2 && (lex.titles.has(toks[a - 2]!.lower) || lex.titles.has(toks[a - 2]!.lower.replace(/s$/, '')))) return b // "Secretary of Defense"
    if (first.titleCase) return b
    // "I'm", "We're", "Jr.": a pronoun with its verb or a generational suffix is no name.
    if (CONTRACTION.test(first.text) || GENERATION.test(first.text)) return b
    // An ordinary word with a capital ("Justice", "Friendship", "Photos") or a given name on its own ("Hillary")
    // only counts as a short form of a longer name.
    // (A capitalised plural after a determiner or number is a people or group: "the Soviets", see below; not "the
    // Congress", "the Taurus", "the Census", though "the Hutus" and "the Zulus" are.)
    const pluralGroup = LOWER_PLURAL_END.test(first.base) && !LATIN_SINGULAR.test(first.base) && !first.possessive && !!prev && (GROUP_CUES.has(prev.lower) || /^\d/.test(prev.text))
    const common = pluralGroup ? isCommonWord(first.baseLower, lex) : isOrdinaryWord(first.baseLower, lex)
    if (first.allCaps && common && (first.base.length > 3 || (first.base.length === 3 && isCommonWord(first.baseLower, lex)))) return b // "OPINION", "WATCH", "ALL": a heading word or shouting
    if (!first.allCaps && (common || isGivenName(first.base, first.baseLower, kb, lex))) { out.push(rawMention(s, end, a, b, 'alias', 'PERSON', [], name, 'coref.surname', t0, true)); return b }
    if (ADJECTIVE_LIKE.test(first.base) && !first.allCaps) return b // adjective-like: Marxist, Asian, Congressional
    // "GBP 20bn", "RMB 3 billion", "(GB # 20.1 billion)": an unknown code before an amount is its currency.
    if (first.allCaps && next && next.sentence === first.sentence && (/^\d/.test(next.text) || (CURRENCY_SIGN.test(next.text) && /^\d/.test(toks[b + 1]?.text ?? '')))) return b
    // "PCs", "ICBMs", "NGOs": an acronym in the plural names a kind of thing, not one organisation.
    if (ACRONYM_PLURAL.test(first.base)) return b
    if (first.allCaps && first.base.replace(/\./g, '').length <= 6) { out.push(rawMention(s, end, a, b, 'name', 'ORG', [], name, 'name.acronym', t0, true, undefined, orgCountry)); return b }
    // A capitalised plural after a determiner, number or quantifier is a people or group ("1mn Uyghurs", "the Kurds").
    if (pluralGroup) { out.push(rawMention(s, end, a, b, 'name', 'GROUP', [], name, 'name.plural-group', t0, true)); return b }
    if (prev?.lower === 'the' && !first.allCaps && !first.possessive) {
      const thing = theSingleName(toks, b, lex, g)
      if (thing === 'place') { out.push(rawMention(s, end, a, b, 'name', 'PLACE', [], name, 'name.place-modifier', t0, true)); return b }
      if (thing === 'thing') return b
    }
    out.push(rawMention(s, end, a, b, 'name', 'ORG', [], name, 'name.single', t0, true, undefined, orgCountry))
    return b
  }
  // "Chief Financial Officer", "Deputy Director": a role written in capitals, not a name.
  if (lex.personNouns.has(last.baseLower) || titleAt(toks, b - 1, lex)) return b
  if (n === 2) {
    const qualifier = COMPASS.test(first.base) || lex.groupAdjectives.has(first.base) || (!headOf(first, lex) && isOrdinaryWord(first.baseLower, lex))
    // "North African", "East Asian", "Latin American": a qualified adjective of a people or a continent, not a name.
    // ("Recently Polish diplomats": an ordinary word capitalised because it opens the sentence is left out, and the
    // adjective stays.)
    if ((qualifier || !isGivenName(first.base, first.baseLower, kb, lex)) && peopleAdjective(toks, b - 1, lex, g)) {
      return first.sentStart && isOrdinaryWord(first.baseLower, lex) && !COMPASS.test(first.base) && !lex.groupAdjectives.has(first.base) ? a + 1 : b
    }
    // "Nazi Germany", "a Nuclear Iran", "Communist Cuba": an ordinary word before a country's name qualifies the country.
    // (Not a compass word, which makes a region: "Eastern Ukraine", "East Germany"; nor "New": "New America".)
    if (qualifier && !COMPASS.test(first.base) && first.base !== 'New') { const m = matchAt(g, toks, a + 1); if (m && m.end === b && m.pattern.kind !== 'adjective' && m.pattern.entries.some(isCountry)) return a + 1 }
  }
  // Ordinary words in capitals ("Joint Statement", "Add Job Alert", "New Era", "Privacy Policy", "Iron Dome"): a heading,
  // slogan or product, not a name.
  // (A run cut before a title keeps its head: "Senate Judiciary Committee Chairman …"; a given name makes a person;
  // a known name inside ("Recently Polish …") is left to the rules below.)
  if (!headOf(last, lex) && !isGivenName(first.base, first.baseLower, kb, lex) && !anyToken(toks, a, b, (t, k) => !isOrdinaryWord(t.baseLower, lex) || !!matchAt(g, toks, k))) return b
  // A hyphenated word is name-shaped only when no part is a known place or organisation ("Korea-China").
  const allNameShaped = !anyToken(toks, a, b, (t) => !NAME_SHAPE.test(t.base) || (t.base.includes('-') && t.base.split('-').some((p) => !!g.single.get(p.toLowerCase())?.some((q) => q.entries.some((e) => e.type === 'PLACE' || e.type === 'ORG')))))
  // A run that contains a known place or organisation is an organisation's name ("Air France"), not a person's.
  const containsKnown = anyToken(toks, a, b, (_t, k) => !!matchAt(g, toks, k)?.pattern.entries.some((e) => e.type === 'PLACE' || e.type === 'ORG'))
  // "North Africa", "Southern Europe": a compass word before a known place is a region.
  if (n === 2 && COMPASS.test(first.base)) {
    const place = matchAt(g, toks, a + 1)?.pattern.entries.find((e) => e.type === 'PLACE')
    if (place) { out.push(rawMention(s, end, a, b, 'name', 'PLACE', [], name, 'name.compass-region', t0, false, undefined, place.country ?? null)); return b }
  }
  // "Senior US officials", "Recent US strikes", "Former US Ambassador …": an ordinary word capitalised only because it
  // opens the sentence is no part of the known name after it.
  // ("Senior Trump administration officials": the same before a known person's name.)
  const knownAfter = containsKnown || (n === 2 && !!matchAt(g, toks, a + 1)?.pattern.entries.some((e) => e.type === 'PERSON'))
  const opens = first.sentStart || (a > 0 && /^[-–—]$/.test(toks[a - 1]!.text)) // after a dateline's dash too
  if (knownAfter && opens && !matchAt(g, toks, a) && (isOrdinaryWord(first.baseLower, lex) || lex.roleModifiers.has(first.lower))) return a + 1
  if (containsKnown || anyToken(toks, a, b, (t) => lex.orgModifiers.has(t.base))) {
    const rule = !containsKnown ? 'name.org-word' : makerModel(toks, a, b, g, lex) ? 'name.maker-model' : 'name.contains-known'
    out.push(rawMention(s, end, a, b, 'name', 'ORG', [], name, rule, t0, false, undefined, orgCountry ?? countryInside(toks, a, b, g)))
    return b
  }
  // Two or three name-shaped words are a person's name unless the last is an ordinary word ("App Store",
  // "Penske Auto"); a longer or odd-shaped unheaded run ("Mac OS X Lion") is more often a product than a name.
  // A title in quotation marks ("“Expunging Filth”", "a “Namaste Trump” event") is no person.
  const quoted = a > 0 && QUOTE_OPEN.test(toks[a - 1]!.text) && !!tokAt(toks, b) && QUOTE_CLOSE.test(toks[b]!.text)
  if (allNameShaped && n <= 3 && !quoted && (first.allCaps || !isCommonWord(last.baseLower, lex))) { out.push(rawMention(s, end, a, b, 'name', 'PERSON', [], name, 'name.shape', t0)); return b }
  return b
}

/** "the president of Armenia": the country named after "of" (and an optional "the") right after a title. */
function countryAfterOf(toks: readonly Tok[], i: number, g: ReturnType<typeof gazetteer>, onlyCountry = false): string | null {
  if (toks[i]?.lower !== 'of') return null
  const k = toks[i + 1]?.lower === 'the' ? i + 2 : i + 1
  const m = k < toks.length && toks[k]!.sentence === toks[i]!.sentence ? matchAt(g, toks, k) : null
  // (With `onlyCountry`, a name that is also a state or province is no evidence: "Rep. Doug Collins of Georgia".)
  if (onlyCountry && m?.pattern.entries.some((e) => e.type === 'PLACE' && !isCountry(e))) return null
  const country = m?.pattern.kind !== 'adjective' ? m?.pattern.entries.find((e) => isCountry(e)) : undefined
  return country?.country ?? null
}

/** Token end of "airport" / "air base" / "airbase" right after token i-1, or 0. */
function lowerFacilityEnd(toks: readonly Tok[], i: number): number {
  const t = toks[i]
  if (!t || t.sentence !== toks[i - 1]!.sentence || t.cap) return 0
  if (t.lower === 'airport' || t.lower === 'airbase') return i + 1
  return t.lower === 'air' && toks[i + 1]?.lower === 'base' ? i + 2 : 0
}

/** Does any token in [from, to) pass the test? */
function anyToken(toks: readonly Tok[], from: number, to: number, test: (t: Tok, k: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(toks[k]!, k)) return true
  return false
}

const DETERMINER = /^(a|an|the|its|his|her|their)$/

/** ", an expert in …", ", director of …", ", a former foreign minister": an appositive describing a person. */
function appositiveAt(toks: readonly Tok[], i: number, lex: Lexicon, titled: boolean): boolean {
  let k = i
  const stop = Math.min(toks.length, i + 4)
  // Only determiners and role modifiers so far: a capitalised title here opens the appositive.
  let opening = true
  for (; k < stop; k++) {
    const t = toks[k]!
    if (lex.personNouns.has(t.lower)) return true
    // After a full name: ", Assistant Secretary of State for …", ", the Chief Executive Officer of …" — but not a
    // title before a name (", Mrs. Clinton").
    if (titled && opening && t.cap) {
      const title = titleAt(toks, k, lex)
      if (title && !(toks[title.end] && nameLike(toks[title.end]!, lex))) return true
    }
    opening &&= DETERMINER.test(t.lower) || lex.roleModifiers.has(t.lower)
    if (!/^(a|an|the|its|his|her|their|[a-z]+'s|[a-z]+’s)$/.test(t.lower) && !(t.word && !t.cap) && !(opening && t.cap)) return false
  }
  return false
}

/** The appositive's words up to the closing comma or the end of the sentence. */
function describe(text: string, toks: readonly Tok[], i: number): string {
  let k = i
  while (k < toks.length && toks[k]!.sentence === toks[i]!.sentence && toks[k]!.text !== ',' && k - i < 25 && !/^[.;:!?"“”]$/.test(toks[k]!.text)) k++
  return text.slice(toks[i]!.start, toks[k - 1]!.end)
}

/** A country named inside an organisation's name ("Carnegie Moscow Center" → RUS). */
const TOPIC_PREPOSITIONS = new Set(['on', 'against', 'about', 'into'])

/** "Pakistan's foreign office spokesman", "the Russian defence ministry spokesman": up to three lower-case words before
 *  a title, one of them a sector noun, right after a country's name or adjective: that country and sector. */
function bodyBeforeTitle(toks: readonly Tok[], i: number, mentions: readonly RawMention[], lex: Lexicon): { country: string; sector: string } | null {
  let k = i - 1, sector: string | null = null
  while (k >= 0 && i - k <= 3 && toks[k]!.word && !toks[k]!.cap) { sector ??= lex.sectorNouns.get(toks[k]!.lower) ?? null; k-- }
  // "Liberian Information Minister X": a portfolio written in capitals between the state and the title (the title
  // says the sector; the portfolio word may have been kept as a mention of its own).
  if (k === i - 1) {
    while (k >= 0 && i - k <= 2 && toks[k]!.cap && !toks[k]!.possessive && isOrdinaryWord(toks[k]!.baseLower, lex)) k--
    if (k < i - 1) sector = 'GOV'
  }
  let prev: RawMention | undefined
  for (let m = mentions.length - 1; m >= 0 && m >= mentions.length - 3 && !prev; m--) if (mentions[m]!.tokenEnd === k + 1) prev = mentions[m]
  if (k === i - 1 || !sector || !prev) return null
  const country = countryOf(prev)
  return country ? { country, sector } : null
}

/** "X, a spokesman for Pakistan's foreign office, …", "X, an official with Iran's Foreign Ministry": an appositive that
 *  opens with a word for an official and names a country with a body (a sector noun or a state organisation) before
 *  its comma gives the person that country and sector. "an expert … at the Carnegie Moscow Center", "a professor at
 *  Korea University" and "the ambassador to Nepal" give nothing. */
function appositiveBody(toks: readonly Tok[], i: number, g: ReturnType<typeof gazetteer>, lex: Lexicon): { country: string; sector: string } | null {
  let k = i
  if (toks[k] && /^(a|an|the)$/.test(toks[k]!.lower)) k++
  const head = toks[k]
  if (!head || !OFFICIAL_NOUNS.has(head.lower)) return null
  let country: string | null = null, sector: string | null = null
  let j = k + 1
  for (; j < Math.min(toks.length, k + 12) && toks[j]!.sentence === head.sentence && toks[j]!.text !== ','; j++) {
    const t = toks[j]!
    // "the envoy to Nepal", "an official in Libya": a country after "to"/"in" is where they serve, not whom for
    // ("an adviser to the Iranian president" is whom for).
    if (!country && (t.lower === 'in' || (t.lower === 'to' && !ADVISER_NOUNS.has(head.lower)))) return null
    if (!country && t.cap) {
      // A country, or a state body with its country ("the Russian army", "Iran's Foreign Ministry").
      const e = matchAt(g, toks, j)?.pattern.entries.find((x) => x.country && (isCountry(x) || x.type === 'ORG'))
      country = e?.country ?? null
      if (e && !isCountry(e)) sector = e.actor?.sector ?? null
    } else if (country) sector ??= (t.cap ? lex.orgHeads.get(t.base) : lex.sectorNouns.get(t.lower)) ?? null // a name's head: "Unification Ministry", "National Security Council" 
  }
  // Only an appositive closed by its comma ("Greenblatt, Trump's envoy met Abbas" is a clause, not an appositive).
  return country && sector && toks[j]?.text === ',' ? { country, sector } : null
}

// Words for someone who acts for a body: the head of an appositive that may name the body's state.
const ADVISER_NOUNS = new Set(['adviser', 'advisor', 'aide'])
const OFFICIAL_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'official', 'envoy', 'ambassador',
  'diplomat', 'minister', 'negotiator'])

/** Is the name at tokens [i, end) glued by "&" to a word that is no known name ("PA&E", "S&P")? */
function gluedAmpersandName(toks: readonly Tok[], i: number, end: number, g: ReturnType<typeof gazetteer>): boolean {
  const after = toks[end], before = toks[i - 1]
  if (after?.text === '&' && after.start === toks[end - 1]!.end && toks[end + 1]?.start === after.end) return !matchAt(g, toks, end + 1)
  if (before?.text === '&' && before.end === toks[i]!.start && i >= 2 && toks[i - 2]!.end === before.start) return !matchAt(g, toks, i - 2)
  return false
}

const PARTY_LETTER = /^[RDI]\.?$/

/** The end of a party-and-state label starting at token i ("(R., Ind.)" → after "Ind."), or i when there is none: a
 *  party letter right after "(" or ",", then a comma or hyphen; with a comma, the one capitalised word after it. */
function partyLabelEnd(toks: readonly Tok[], i: number): number {
  const t = toks[i]!
  if (t.text.length > 2 || i === 0 || !PARTY_LETTER.test(t.text)) return i // (one cheap test for the tokens the scan visits)
  const before = toks[i - 1]!.text, after = toks[i + 1]
  if ((before !== '(' && before !== ',') || !after || (after.text !== ',' && after.text !== '-')) return i
  return labelEnd(toks, i, after)
}

/** (The rare rest of partyLabelEnd, out of line: partyLabelEnd is inlined into the scan's step, which each branch of
 *  this it had not yet seen deoptimised.) */
function labelEnd(toks: readonly Tok[], i: number, after: Tok): number {
  const state = toks[i + 2]
  const dot = toks[i + 3]?.text === '.' ? 1 : 0 // "Calif." may be "Calif" + "."
  const close = toks[i + 3 + dot]?.text
  return after.text === ',' && state?.cap && (close === ')' || close === ',') ? i + 3 + dot : i + 1
}

/** The country of the first place in an organisation's name ("Bank of Japan"); a place after "on"/"against"/
 *  "about"/"into" is the body's topic, not its state ("House Select Committee on Benghazi"). */
function countryInside(toks: readonly Tok[], a: number, b: number, g: ReturnType<typeof gazetteer>): string | null {
  for (let k = a; k < b; k++) {
    if (TOPIC_PREPOSITIONS.has(toks[k]!.lower)) return null
    const m = matchAt(g, toks, k)
    const e = m?.pattern.entries.find((x) => x.type === 'PLACE' && x.country)
    if (e) return e.country ?? null
  }
  return null
}

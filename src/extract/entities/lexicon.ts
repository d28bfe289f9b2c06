import { readFileSync } from 'node:fs'

// Closed word classes and titles the recogniser uses; the data lives in rules/*.json (versioned, with provenance).
const read = (name: string) => JSON.parse(readFileSync(new URL(`./rules/${name}`, import.meta.url), 'utf8'))

export interface TitleRule { title: string; role: string | null; sector: string | null; head?: boolean; tokens: string[] }

interface LexiconFile {
  version: string
  orgHeads: Record<string, string | null>
  eventHeads: string[]
  eventAliasHeads: Record<string, string[]>
  nameParticles: string[]
  connectors: string[]
  locatives: string[]
  /** Words after which a seat of power (White House, Kremlin) is the building, not the government: 'at the White House'. */
  seatLocatives: string[]
  /** Words that make a Center/Centre a building, not a body: 'Convention Center', 'Delivery Center', 'Space Center'. */
  facilityCenterKinds: string[]
  sectorNouns: Record<string, string>
  personNouns: string[]
  speechVerbs: string[]
  notNames: string[]
  timeZones: string[]
  thingAcronyms: string[]
  orgModifiers: string[]
  groupAdjectives: string[]
  corporateSuffixes: string[]
  indexWords: string[]
  descriptorHeads: string[]
  descriptorStops: string[]
  facilityHeads: string[]
  placeNouns: string[]
  commonSurnames: string[]
  placeGivenNames: string[]
  roleModifiers: string[]
  timeNouns: string[]
}

export interface Lexicon {
  version: string
  orgHeads: Map<string, string | null>
  eventHeads: Set<string>
  eventAliasHeads: Map<string, Set<string>>
  particles: Set<string>
  connectors: Set<string>
  locatives: Set<string>
  seatLocatives: Set<string>
  facilityCenterKinds: Set<string>
  sectorNouns: Map<string, string>
  personNouns: Set<string>
  speechVerbs: Set<string>
  notNames: Set<string>
  /** Words that occur in organisation names but never in a person's ("National", "Stock", "Airlines"). */
  orgModifiers: Set<string>
  /** Religious, ethnic, political and regional adjectives: alone they are not an organisation ("Arab", "Sunni"). */
  groupAdjectives: Set<string>
  /** Legal-form words that end a company's name ("Apple Inc.", "EADS N.V."): part of the span. */
  corporateSuffixes: Set<string>
  /** Words that make a name a market index ("Dow Jones Industrial Average", "the Nikkei index"): no entity. */
  indexWords: Set<string>
  /** Classifier nouns that head a descriptor right before an organisation's name ("German airline Lufthansa"). */
  descriptorHeads: Set<string>
  /** Closed-class words (determiners, prepositions, conjunctions, auxiliaries, adverbs): a descriptor stops there. */
  descriptorStops: Set<string>
  /** Head words of facility names ("Airport", "Stadium"): such a name is a place. */
  facilityHeads: Set<string>
  /** Lower-case nouns a place name modifies ("the Yarmouk refugee camp", "the Izaa district"). */
  placeNouns: Set<string>
  /** Surnames so common that alone they name a KB person only when the article names that person in full. */
  commonSurnames: Set<string>
  /** Lower-case words that may stand before a person's title ("former", "deputy", "industry" minister). */
  roleModifiers: Set<string>
  /** Time words whose possessive is no owner ("this year's World Economic Forum"). */
  timeNouns: Set<string>
  /** Base-form verbs (rules/verbs.json): a descriptor before a name stops at one ("to sustain President Assad"). */
  verbs: Set<string>
  /** Ordinary English words (compromise's lexicon, rules/words.json): alone, a capitalised one is no name. */
  commonWords: Set<string>
  /** Given names (same source): a two-word unknown name starting with one is a person. */
  givenNames: Set<string>
  /** Lower-case dictionary stems with no capitalised entry (Hunspell en_US, rules/words.json): "photo", not "apple". */
  dictionary: Set<string>
  /** Titles indexed by lower-cased first word, longest first. */
  titles: Map<string, TitleRule[]>
}

let cached: Lexicon | null = null

export function lexicon(): Lexicon {
  if (cached) return cached
  const lex = read('lexicon.json') as LexiconFile
  const words = read('words.json') as { version: string; common: string[]; givenNames: string[]; dictionary: string[] }
  const titleFile = read('titles.json') as { version: string; titles: Omit<TitleRule, 'tokens'>[] }
  const titles = new Map<string, TitleRule[]>()
  for (const t of titleFile.titles) {
    const tokens = t.title.toLowerCase().split(/\s+/)
    const list = titles.get(tokens[0]!) ?? []
    // Every field in one order ("head" only some titles have): one object shape for the scan to read.
    list.push({ title: t.title, role: t.role, sector: t.sector, head: t.head, tokens })
    titles.set(tokens[0]!, list)
  }
  for (const list of titles.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  // Plural one-word titles ("Presidents Xi and Putin", "the two leaders") under their own key: one lookup per token.
  for (const [first, list] of [...titles]) if (!titles.has(`${first}s`)) titles.set(`${first}s`, list.filter((r) => r.tokens.length === 1))
  cached = {
    version: `${lex.version}+titles.${titleFile.version}+words.${words.version}+verbs.${(read('verbs.json') as { version: string }).version}`,
    commonWords: new Set(words.common),
    // (Places that are also given names, which the word list tags as places only: "Virginia Woolf", "Jordan Peterson".)
    givenNames: new Set([...words.givenNames, ...lex.placeGivenNames.map((w) => w.toLowerCase())]),
    dictionary: new Set(words.dictionary),
    // A facility word heads a name like an organisation word does; the grouping step then makes the name a place.
    orgHeads: new Map([...Object.entries(lex.orgHeads), ...lex.facilityHeads.filter((f) => !(f in lex.orgHeads)).map((f) => [f, null] as [string, null])]),
    eventHeads: new Set(lex.eventHeads),
    eventAliasHeads: new Map(Object.entries(lex.eventAliasHeads).map(([k, v]) => [k.toLowerCase(), new Set(v.map((x) => x.toLowerCase()))])),
    particles: new Set(lex.nameParticles.map((p) => p.toLowerCase())),
    connectors: new Set(lex.connectors),
    locatives: new Set(lex.locatives),
    seatLocatives: new Set(lex.seatLocatives),
    facilityCenterKinds: new Set(lex.facilityCenterKinds),
    sectorNouns: new Map(Object.entries(lex.sectorNouns)),
    personNouns: new Set(lex.personNouns),
    speechVerbs: new Set(lex.speechVerbs),
    // (Nor are time zones after a clock time, "9am ET", and acronyms of a kind of thing: GDP, ICBM, WMD.)
    notNames: new Set([...lex.notNames, ...lex.timeZones, ...lex.thingAcronyms]),
    orgModifiers: new Set(lex.orgModifiers),
    groupAdjectives: new Set(lex.groupAdjectives),
    corporateSuffixes: new Set(lex.corporateSuffixes),
    indexWords: new Set(lex.indexWords),
    descriptorHeads: new Set(lex.descriptorHeads),
    descriptorStops: new Set(lex.descriptorStops),
    facilityHeads: new Set(lex.facilityHeads),
    placeNouns: new Set(lex.placeNouns),
    commonSurnames: new Set(lex.commonSurnames.map((w) => w.toLowerCase())),
    roleModifiers: new Set(lex.roleModifiers),
    timeNouns: new Set(lex.timeNouns),
    verbs: new Set((read('verbs.json') as { verbs: string[] }).verbs),
    titles,
  }
  return cached
}

const NOUN_SUFFIX = /(tion|tions|sion|sions|ship|ships|ment|ments|ness|ity|ities|ance|ances|ence|ences|ism|isms|ing|ings)$/

/** An ordinary English word (lower-cased), by the lexicon or by a derivational suffix ("eradication", "relations"). */
export function isCommonWord(lower: string, lex: Lexicon): boolean {
  return lex.commonWords.has(lower) || (lower.length > 6 && NOUN_SUFFIX.test(lower))
}

/** "photos" → "photo", "monarchies" → "monarchy", "taxes" → "tax" (only to look a plural up in a word list). */
export function singular(lower: string): string {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return lower
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`
  if (/(x|ch|sh)es$/.test(lower)) return lower.slice(0, -2)
  return lower.slice(0, -1)
}

/** A lone capitalised word that is only an ordinary word ("Photos", "Unrest"; not "Apple", which the dictionary also
 *  lists as a name): a common word, or a dictionary stem, or the plural of one. */
export function isOrdinaryWord(lower: string, lex: Lexicon): boolean {
  // (Sector and person nouns too: "Protesters", "Rebels", "Officials" alone, capitalised after a dash or a caption.)
  if (isCommonWord(lower, lex) || lex.dictionary.has(lower) || lex.sectorNouns.has(lower) || lex.personNouns.has(lower)) return true
  // An adverb of an ordinary adjective ("Recently", "Separately"): Hunspell lists the stem only.
  if (lower.length > 5 && lower.endsWith('ly')) {
    const stem = lower.endsWith('ily') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2)
    if (isCommonWord(stem, lex) || lex.dictionary.has(stem)) return true
  }
  const one = singular(lower)
  return one !== lower && (isCommonWord(one, lex) || lex.dictionary.has(one))
}

// The analysis record's parts (../shared/gold/OUTPUT.md). Offsets are end-exclusive UTF-16
// indices into `Article.text`. These types are shared by every stage, the store and the API.

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'EVENT'

export interface Range { start: number; end: number }
/** How a mention names its entity: a full name, a surname/alias, a title or role ("the Russian president"),
 *  a pronoun, an adjective/demonym ("Russian"), or a metonym (a capital or seat of power acting: "the Kremlin said"). */
export type MentionKind = 'name' | 'alias' | 'title' | 'pronoun' | 'adjective' | 'metonym'

export interface Mention extends Range {
  text: string
  kind?: MentionKind
  /** Actor of this mention when it differs from the entity's (a metonymic "Beijing" is CHNGOV, the place is not an actor). */
  actor?: ActorCode | null
  /** The whole noun phrase this name heads when it is longer than the name: a descriptor or title before it
   *  ("German airline Lufthansa", "Chief executive Thomas Enders", "President of France Emmanuel Macron") or a
   *  possessor of a unit or facility ("Boeing's Launch Systems"). The role the text gives, for analysts. */
  extent?: Range
  /** The name is the maker, possessor or market of a product or financial index named right after it
   *  ("Apple's iTunes", "Japan's Nikkei", "Boeing 787"): a mention inside that name, not an outer one. */
  inside?: 'product' | 'index'
}

export interface ActorCode {
  code: string          // CAMEO-style: RUSGOV, CHNBUS, USAMIL, NATO, …
  country: string | null // ISO 3166-1 alpha-3, or null for IGOs/NGOs without one
  sector: string | null  // GOV, MIL, COP, OPP, REB, BUS, MED, NGO, CVL, IGO, UNK, …
  role: string | null    // "President", "Foreign Minister", …
  from?: string | null   // role validity (ISO date) when known
  to?: string | null
}

export interface Entity {
  id: string
  name: string           // canonical name
  type: EntityType
  mentions: Mention[]
  aliases?: string[]
  actor?: ActorCode | null
  kbId?: string | null   // knowledge-base entry id when linked
  description?: string | null // role/affiliation the text gives ("an expert … at the Carnegie Moscow Center")
  rule?: string          // how it was recognised
}

export interface Speaker {
  entity: string | null
  name: string | null
  mention: Mention | null
  kind?: 'person' | 'group' | 'organisation' | 'source' // 'source' = unnamed source ("a senior official")
}

export interface Quote extends Range {
  text: string
  direct: boolean
  speaker: Speaker | null
  cue: string | null
  cueSpan: Range | null
  rule?: string
  /** Every speaker when the quote is joint ("Xi and Putin said"); `speaker` is the first of them. */
  speakers?: Speaker[]
  /** The whole attributed clause when this quote is part of reported speech (said they "oppose …" in …). */
  clause?: Range | null
}

export interface EventActor { entity: string | null; code: string; country: string | null; name?: string }

export interface Modality { negated: boolean; hypothetical: boolean; future: boolean; reported: boolean }

export interface EventLocation { name: string; country: string | null; lat: number | null; lon: number | null }

export interface CodedEvent {
  id: string
  type: string                 // PLOVER type
  mode: string | null
  context: string[]
  cameo: string
  quadClass: number
  goldstein: number
  source: EventActor[]
  target: EventActor[]
  modality: Modality
  evidence: Mention
  mentions?: Mention[]         // every sentence of the article that states the same (source, target, type)
  date: string | null
  location: EventLocation | null
  amounts?: number[]           // indices into `amounts`
  rule: string
  dictionaryVersion?: string
  sentence?: Range
  /** How the event was coded (trigger, pattern, actor resolution, modality cues, date and place reasoning); `entente explain` prints it. */
  why?: EventReasoning
  /** For an event stated only in the headline or standfirst (not part of `text`): where, with offsets into that field; `evidence` is then an empty span. */
  evidenceIn?: { field: 'headline' | 'standfirst'; start: number; end: number; text: string }
}

export interface EventReasoning {
  trigger: Mention
  pattern: string
  source: string
  target: string
  cues: string[]
  recoded: string | null
  date: string
  place: string
}

export interface Amount extends Range {
  text: string
  value: number
  unit: string
  per?: string | null
  approx?: 'more-than' | 'less-than' | 'about' | null
  event?: string | null        // id of the event it belongs to
}

export interface Caption { text: string; credit: string | null }
export interface Person { name: string; location: string | null }
export interface Gap { offset: number; before: string; after: string }

export interface ArticleMeta {
  section: string | null
  headline: string | null
  standfirst: string | null
  captions: Caption[]
  authors: Person[]
  contributors: Person[]
  published: { relative?: string | null; iso: string | null }
  modified?: string | null
  publisher: string | null
  copyrightYear: number | null
  dateline: { place: string; agency: string | null } | null
  language: string | null
  url: string | null
  canonicalUrl?: string | null
  outlet?: string | null       // source/outlet name (JSONL `source`, site name)
  gaps: Gap[]
}

export type MessageSeverity = 'error' | 'warning' | 'info'

export interface Message {
  code: string                 // stable code, e.g. 'clip/gap', 'input/encoding'
  reason: string
  severity: MessageSeverity
  place?: Range | null         // offsets into `text`
  cause?: Range | null         // a second place (e.g. where a speaker was named)
  stage?: string
}

import type { ActorCode, Entity, EntityType, Mention, MentionKind } from '../../article/index.js'
import type { KbEntry } from '../../kb/index.js'
import { FIRST_TOKEN, noteFirstToken } from './token-at.js'

/** What the title before a name says about the person: "Russia's foreign minister" → RUS, GOV, Foreign Minister. */
export interface TitleInfo {
  role: string | null; sector: string | null; country: string | null
  /** The organisation named right before the title ("NATO spokesman", "Arab League Secretary General"): its actor. */
  org: ActorCode | null
  head: boolean; text: string
}

/** A mention found by the scan, before mentions are grouped into entities. */
export interface RawMention {
  start: number
  end: number
  tokenStart: number
  tokenEnd: number
  kind: MentionKind
  type: EntityType
  /** Linked KB entries (several when the surface is ambiguous; grouping picks one). */
  entries: KbEntry[]
  /** Canonical name for names the KB does not know. */
  name: string
  rule: string
  actor?: ActorCode | null
  title?: TitleInfo | null
  description?: string | null
  /** A single capitalised word to resolve against the article's other names (surname, short form). */
  deferred?: boolean
  sector?: string | null
  country?: string | null
}

/** A role phrase standing for a person named elsewhere: "the Russian president", "the two leaders". */
export interface TitleRef { start: number; end: number; role: string | null; country: string | null; head: boolean; count: number | null }

/** Every RawMention is built here, all fields in one order, so the scan and grouping see one object shape
 *  (spreading a base object into literals with different extra fields made their property reads megamorphic). */
export function rawMention(start: number, end: number, tokenStart: number, tokenEnd: number, kind: MentionKind, type: EntityType,
  entries: KbEntry[], name: string, rule: string, title: TitleInfo | null, deferred = false,
  sector: string | null | undefined = undefined, country: string | null | undefined = undefined, description: string | null | undefined = undefined): RawMention {
  return { start, end, tokenStart, tokenEnd, kind, type, entries, name, rule, title, deferred, sector, country, description }
}

/** A copy with the same shape, for grouping to change a field or two. */
export function copyMention(r: RawMention): RawMention {
  return rawMention(r.start, r.end, r.tokenStart, r.tokenEnd, r.kind, r.type, r.entries, r.name, r.rule, r.title ?? null, r.deferred, r.sector, r.country, r.description)
}

/** Every entity mention is built here, its optional fields in one order (actor, then inside and extent, which
 *  later passes fill; undefined stays out of JSON), so that every stage reading mentions sees one object shape.
 *  A mention gaining fields one by one took several shapes, and each new one met in the text deoptimised the
 *  code reading it. `firstToken` is the index of its first token when known. */
export function entityMention(start: number, end: number, text: string, kind: Mention['kind'], actor: ActorCode | undefined, firstToken: number | undefined): Mention {
  const m: Mention = { start, end, text, kind, actor, inside: undefined, extent: undefined }
  noteFirstToken(m, firstToken)
  return m
}

/** The same mention as an alias of another entity, in the same object shape (a spread copy, `{ ...m, kind }`, takes
 *  another shape, and code reading mentions in every later stage met both and was deoptimised for it). */
export function aliasMention(m: Mention): Mention {
  const c = entityMention(m.start, m.end, m.text, 'alias', undefined, (m as { [FIRST_TOKEN]?: number })[FIRST_TOKEN])
  c.actor = m.actor
  c.inside = m.inside
  c.extent = m.extent
  return c
}

/** An entity with other mentions, its fields in the order grouping makes them (group.ts finish): a spread copy,
 *  `{ ...e, mentions }`, takes another object shape, which deoptimised the later stages' code reading entities. */
export function withMentions(e: Entity, mentions: Mention[]): Entity {
  return { id: e.id, name: e.name, type: e.type, mentions, aliases: e.aliases, actor: e.actor, kbId: e.kbId, rule: e.rule, description: e.description }
}

import type { ActorCode } from '../../article/index.js'
import { actorFor, isCountry, type KbEntry } from '../../kb/index.js'
import type { Lexicon } from './lexicon.js'
import type { RawMention } from './mention.js'
import type { Tok } from './token-view.js'

// Actor codes for mentions (CAMEO style: country + sector): a KB entry's dated actor, a nationality adjective or a place
// with the sector noun it qualifies, and the codes of names the KB does not know.

/** Modifiers between a nationality and the noun that names the actor: "Chinese state media", "Russian foreign ministry". */
const MODIFIERS = new Set(['state', 'foreign', 'prime', 'senior', 'top', 'local', 'former', 'security', 'defence', 'defense', 'federal', 'national', 'regional', 'provincial', 'military', 'two', 'new'])

function code(country: string | null | undefined, sector: string | null | undefined): string {
  return `${country ?? ''}${sector ?? (country ? '' : 'UNK')}` || 'UNK'
}

export function entityActor(entry: KbEntry, day: string): ActorCode | null {
  if (entry.type === 'PLACE' && !isCountry(entry)) return null // a city or region does not act
  return actorFor(entry, day)
}

/** "Russian leaders" → RUSGOV, "Russian troops" → RUSMIL, "Chinese state media" → CHNMED; otherwise the country. */
export function adjectiveActor(toks: readonly Tok[], r: RawMention, entry: KbEntry, lex: Lexicon): ActorCode | null {
  const iso = entry.country ?? null
  if (!iso) return null
  let k = r.tokenEnd
  // skip "and Chinese" in "Russian and Chinese leaders"
  while (k + 1 < toks.length && (toks[k]!.lower === 'and' || toks[k]!.lower === ',') && toks[k + 1]!.cap) k += 2
  const t1 = toks[k], t2 = toks[k + 1]
  let sector: string | undefined
  if (t1 && MODIFIERS.has(t1.lower) && t2 && lex.sectorNouns.has(t2.lower)) sector = lex.sectorNouns.get(t2.lower)
  else if (t1 && !t1.cap) sector = lex.sectorNouns.get(t1.baseLower)
  if (!sector) return { code: iso, country: iso, sector: null, role: null }
  return { code: `${iso}${sector}`, country: iso, sector, role: null }
}

/** "Darfur rebels", "Kabul police": a region or city before a sector noun names that sector of its country. */
export function placeSectorActor(toks: readonly Tok[], r: RawMention, entry: KbEntry, lex: Lexicon): ActorCode | null {
  if (entry.type !== 'PLACE' || isCountry(entry) || !entry.country || toks[r.tokenEnd - 1]?.possessive) return null
  const actor = adjectiveActor(toks, r, entry, lex)
  return actor?.sector ? actor : null
}

// Actor nouns that name an arm of a state by where it is: "rebels in the Ivory Coast", "officials from China".
const ACTOR_NOUNS = new Set(['officials', 'authorities', 'leaders', 'leadership', 'government', 'diplomats', 'troops', 'forces', 'soldiers', 'police',
  'rebels', 'separatists', 'militants', 'insurgents', 'opposition', 'protesters', 'protestors', 'demonstrators', 'activists', 'lawmakers', 'legislators', 'journalists',
  'media', 'workers', 'students', 'civilians', 'residents', 'citizens', 'judges', 'prosecutors', 'generals', 'commanders'])
const GROUP_HEADS = new Set(['groups', 'parties', 'leaders', 'figures', 'members', 'supporters', 'forces'])

/** "Opposition groups in Zimbabwe", "rebels in the Ivory Coast", "troops from Chad", "the president of Armenia": the
 *  country (or capital) after in/of/from, right after an actor noun or a title, names that sector of the state. */
export function actorsOfPlace(toks: readonly Tok[], r: RawMention, entry: KbEntry, lex: Lexicon): ActorCode | null {
  const iso = isCountry(entry) ? entry.country : entry.capitalOf
  if (!iso) return null
  let k = r.tokenStart - 1
  if (toks[k]?.lower === 'the') k--
  const prep = toks[k]
  if (!prep || (prep.lower !== 'in' && prep.lower !== 'of' && prep.lower !== 'from') || prep.sentence !== toks[r.tokenStart]!.sentence) return null
  const w1 = toks[k - 1], w0 = toks[k - 2]
  if (!w1 || w1.sentence !== prep.sentence) return null
  let sector: string | undefined
  // "the president of Armenia", "the foreign minister of Chad": a title before "of" names the office holder's state.
  const title = prep.lower === 'of' ? lex.titles.get(w1.lower)?.find((t) => t.tokens.length === 1 && t.sector) : undefined
  if (title) sector = title.sector ?? undefined
  else if (ACTOR_NOUNS.has(w1.lower) && !(w1.lower === 'forces' && w0 && ACTOR_NOUNS.has(w0.lower))) sector = lex.sectorNouns.get(w1.lower)
  if (GROUP_HEADS.has(w1.lower) && w0 && w0.sentence === prep.sentence && lex.sectorNouns.has(w0.lower) && ACTOR_NOUNS.has(w0.lower)) sector = lex.sectorNouns.get(w0.lower)
  return sector ? { code: `${iso}${sector}`, country: iso, sector, role: null } : null
}

export function unknownActor(r: RawMention): ActorCode | null {
  if (r.type === 'PERSON') {
    // "NATO spokesman Olof Brandt" speaks for NATO.
    const org = r.title?.org
    if (org) return { code: org.code, country: org.country, sector: org.sector, role: r.title?.role ?? null } // one shape for every actor, no spread copy
    const country = r.title?.country ?? r.country ?? null
    const sector = r.title?.sector ?? r.sector ?? null // r.sector: the body an appositive names ("X, a spokesman for …")
    return { code: code(country, sector ?? 'UNK'), country, sector: sector ?? 'UNK', role: r.title?.role ?? null }
  }
  // "South Lebanon", "Northern Syria": a region of a known country stands for it.
  if (r.type === 'PLACE' && r.rule === 'name.compass-region' && r.country) return { code: r.country, country: r.country, sector: null, role: null }
  if (r.type === 'ORG') {
    const sector = r.sector ?? 'UNK'
    return { code: code(r.country, sector), country: r.country ?? null, sector, role: null }
  }
  return null
}

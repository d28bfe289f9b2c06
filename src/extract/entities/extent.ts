import type { Entity, Mention } from '../../article/index.js'
import { isCountry } from '../../kb/index.js'
import type { Lexicon } from './lexicon.js'
import { titleAt } from './names.js'
import { mentionToken, tokAt } from './token-at.js'
import type { Tok } from './token-view.js'

// The extent of a name: the noun phrase it heads, as news writes it. English puts a descriptor before a name in
// close apposition ("German airline Lufthansa", "Chief executive Thomas Enders", "US bank chief Ben Bernanke"),
// a title with its "of" phrase before a person ("President of France Emmanuel Macron"), a "-based" modifier
// ("London-based Barclays") and a possessor before a unit or facility ("Boeing's Launch Systems"). The extent runs
// from the descriptor's first modifier to the end of the name, without a leading determiner.

const MAX_MODIFIERS = 8

/** Sets `extent` on name mentions of people, organisations and places when a descriptor or possessor precedes them. */
export function addExtents(toks: readonly Tok[], entities: Entity[], lex: Lexicon): void {
  // Country names by their last token, for "UK RAF", "the United States Federal Reserve"; organisation names after
  // a capitalised word wait until every country mention is known.
  let countries: Map<number, number> | null = null
  let pending: { m: Mention; a: number }[] | null = null
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'PLACE') continue
    if (e.type === 'PERSON' && !e.kbId && e.mentions.some((m) => orgDescriptorBefore(toks, m, lex))) asOrganisation(e)
    const country = !!e.kbId && isCountry({ id: e.kbId, type: e.type })
    for (const m of e.mentions) {
      if (m.kind && m.kind !== 'name' && m.kind !== 'alias') continue
      const a = mentionToken(toks, m)
      if (a < 0) continue
      if (country) {
        // A country takes no descriptor or possessor of its own ("US", "China"): it only qualifies what follows.
        let b = a
        while (b + 1 < toks.length && toks[b + 1]!.start < m.end) b++
        ;(countries ??= new Map()).set(b, a)
        continue
      }
      if (a === 0) continue
      // Most names follow a function word ("the", "of", "in"): no descriptor can stand between.
      const prev = toks[a - 1]!
      if (prev.sentence !== toks[a]!.sentence || (prev.word ? !prev.cap && !prev.possessive && lex.descriptorStops.has(prev.lower) : prev.text !== ',' && prev.text !== "'" && prev.text !== '’')) continue
      if (e.type === 'ORG' && prev.cap && !prev.possessive) { (pending ??= []).push({ m, a }); continue }
      const from = descriptorStart(toks, a, e.type, country, lex, null)
      if (from < a) m.extent = { start: toks[from]!.start, end: m.end }
    }
  }
  if (pending) for (const { m, a } of pending) {
    const from = descriptorStart(toks, a, 'ORG', false, lex, countries)
    if (from < a) m.extent = { start: toks[from]!.start, end: m.end }
  }
}

/** "Irish national airline Aer Lingus": an organisation's classifier right before an unknown name read as a person's. */
function orgDescriptorBefore(toks: readonly Tok[], m: Entity['mentions'][number], lex: Lexicon): boolean {
  if (m.kind && m.kind !== 'name') return false
  const a = mentionToken(toks, m)
  const prev = a > 0 ? toks[a - 1]! : null
  return !!prev && prev.sentence === toks[a]!.sentence && !prev.cap && lex.descriptorHeads.has(prev.lower)
}

function asOrganisation(e: Entity): void {
  e.type = 'ORG'
  e.rule = 'name.descriptor'
  const country = e.actor?.country ?? null
  e.actor = { code: `${country ?? ''}UNK`, country, sector: 'UNK', role: null }
}

function descriptorStart(toks: readonly Tok[], a: number, type: string, country: boolean, lex: Lexicon, countries: Map<number, number> | null): number {
  // "UK RAF", "the United States Federal Reserve": a country name right before an organisation's is part of it.
  let countryStart = countries?.get(a - 1)
  if (countryStart !== undefined && toks[countryStart]!.lower === 'the') countryStart++
  const head = countryStart ?? headBefore(toks, a, type, country, lex)
  const start = head >= 0 ? modifiersStart(toks, head, lex, type) : a
  // "Irish low cost airline, Ryanair", "the Prime Minister of Singapore, Mr. Lee": a descriptor that opens the
  // noun phrase (sentence start or after "the") and a comma before the name.
  const comma = tokAt(toks, start - 1)
  if (comma?.text === ',' && start >= 2 && comma.sentence === toks[a]!.sentence) {
    const h = headBefore(toks, start - 1, type, country, lex)
    if (h >= 0) {
      const from = modifiersStart(toks, h, lex, type)
      const before = tokAt(toks, from - 1)
      if (!before || before.sentence !== comma.sentence || before.lower === 'the') return from
    }
  }
  return start
}

const isRole = (t: Tok | undefined, lex: Lexicon) => !!t && (lex.personNouns.has(t.lower) || lex.titles.has(t.lower))

/** Start of the descriptor's head right before token a, or -1 when none is there. */
function headBefore(toks: readonly Tok[], a: number, type: string, country: boolean, lex: Lexicon): number {
  const prev = toks[a - 1]!
  // "The Beatles' Apple Corps": a bare apostrophe after a name in -s is its possessive.
  const owner = toks[a - 2]
  if (!country && (prev.text === "'" || prev.text === '’') && owner?.cap && owner.sentence === prev.sentence && owner.end === prev.start && owner.lower.endsWith('s') && !modifierAfter(toks, a, lex)) return a - 2
  if (prev.sentence !== toks[a]!.sentence || !prev.word) return -1
  if (type === 'PERSON') {
    for (let n = 4; n >= 1; n--) if (a - n >= 0 && titleAt(toks, a - n, lex)?.end === a) return a - n
    if (lex.personNouns.has(prev.lower)) return a - 1
    // "President of the United States Barack Obama", "chairman of Chrysler LLC Jim Press".
    let j = a - 1
    while (j > 0 && a - j < 6 && toks[j]!.sentence === prev.sentence && (toks[j]!.cap || toks[j]!.lower === 'the')) j--
    if (j < a - 1 && (toks[j]!.lower === 'of' || toks[j]!.lower === 'for') && isRole(toks[j - 1], lex)) return j - 1
    return -1
  }
  // "Los Angeles based Northrop Grumman", "London-based Barclays".
  if ((prev.lower === 'based' && toks[a - 2]?.cap) || (prev.suffixed && prev.lower.endsWith('-based'))) return a - 1
  if (type === 'ORG' && lex.descriptorHeads.has(prev.lower) && (!prev.cap || prev.sentStart)) return a - 1
  // "Boeing's Launch Systems", "Singapore's Changi International Airport": a possessor before a unit or facility
  // that heads its phrase (not "Ford's North American losses", where the name is itself a modifier).
  if (!country && prev.possessive && (prev.cap || (!lex.descriptorStops.has(prev.lower) && !lex.timeNouns.has(prev.baseLower))) && !modifierAfter(toks, a, lex)) return a - 1
  return -1
}

/** Is the name starting at token a followed by a lower-case content word, i.e. is it a modifier ("North American sales")? */
function modifierAfter(toks: readonly Tok[], a: number, lex: Lexicon): boolean {
  let k = a
  while (k < toks.length && toks[k]!.cap && toks[k]!.sentence === toks[a]!.sentence) k++
  const next = toks[k]
  return !!next && next.word && !next.cap && next.sentence === toks[a]!.sentence && !lex.descriptorStops.has(next.lower) && !lex.speechVerbs.has(next.lower)
}

/** Walk left from the head over the descriptor's modifiers: names, titles, possessives and content words. */
function modifiersStart(toks: readonly Tok[], head: number, lex: Lexicon, type: string): number {
  const sentence = toks[head]!.sentence
  let from = head
  for (let k = head - 1; k >= 0 && head - k <= MAX_MODIFIERS; k--) {
    const t = toks[k]!
    if (t.sentence !== sentence || !t.word) break
    if (t.cap) {
      const role = isRole(t, lex)
      // A capitalised closed-class word ("The", "Tuesday") ends the phrase, unless it ends a longer name ("United States").
      const inName = k > 0 && toks[k - 1]!.cap && toks[k - 1]!.sentence === sentence && !lex.notNames.has(toks[k - 1]!.base)
      if ((lex.notNames.has(t.base) && !role && !inName) || (t.titleCase && !role)) break
      from = k
      continue
    }
    // A lower-case word opening a sentence is markup or a caption ("thumb"), not part of the phrase.
    if (t.sentStart) break
    const l = t.lower
    if (t.possessive) { if (lex.timeNouns.has(t.baseLower)) break; from = k; continue }
    // "CEO and co-founder", "vice president and chairman": coordinated roles.
    if ((l === 'and' || l === '&') && isRole(toks[k - 1], lex) && isRole(toks[k + 1], lex)) { from = k; continue }
    if (lex.descriptorStops.has(l) || lex.speechVerbs.has(l) || lex.verbs.has(l)) break
    // Before a person's title only role words ("former deputy foreign minister"); nouns of all kinds before an
    // organisation's classifier ("automobile manufacturing firm").
    if (type === 'PERSON' && !lex.roleModifiers.has(l) && !isRole(t, lex) && !lex.sectorNouns.has(l) && !lex.descriptorHeads.has(l)) break
    // Verb forms end the phrase ("acquired", "buys"); participles with a hyphen are modifiers ("state-owned").
    if (!l.includes('-') && (l.endsWith('ed') || (l.endsWith('s') && !l.endsWith('ss') && !l.endsWith('ics')))) break
    // "-ing" words are modifiers only inside the phrase ("automobile manufacturing firm"), not before it ("including").
    if (l.endsWith('ing') && !(k > 0 && toks[k - 1]!.word && toks[k - 1]!.sentence === sentence && !lex.descriptorStops.has(toks[k - 1]!.lower))) break
    from = k
  }
  return from
}

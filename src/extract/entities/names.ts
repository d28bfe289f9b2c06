import type { Kb } from '../../kb/index.js'
import { matchAt, type Gazetteer } from './gazetteer.js'
import type { Lexicon } from './lexicon.js'
import type { Tok } from './token-view.js'

/** A given name: the first name of a KB person, or one of the lexicon's given names ("Kelly", "Vladimir"). */
export function isGivenName(word: string, lower: string, kb: Kb, lex: Lexicon): boolean {
  return kb.givenNames.has(word) || lex.givenNames.has(lower)
}

/** Can this token start or continue a name? A capitalised word that is not a closed-class word. */
export function nameLike(t: Tok, lex: Lexicon): boolean {
  if (!t.word || !t.cap || t.capsSentence || t.titleCase) return false
  if (t.digit) return false // model numbers and products: A380, F-16, 737
  return !lex.notNames.has(t.base) && !(t.base.endsWith('.') && lex.notNames.has(t.base.slice(0, -1)))
}

/** "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name (cheap tests before the regex). */
// At module level: tsx (esbuild) rewrites a literal with \p{…} as `new RegExp(…)`, a new object at every call in a function.
const ARABIC_ARTICLE = /^(al|el)-\p{Lu}/u
const arabicArticle = (t: Tok): boolean => t.hyphen && t.text.length > 3 && t.text.charCodeAt(2) === 45 && ARABIC_ARTICLE.test(t.text)

/** A middle initial ("John A. Boehner"); not "I.", more often a numeral ("World War I."). */
export const MIDDLE_INITIAL = /^[A-HJ-Z]\.$/

export interface Run { start: number; end: number; head: 'ORG' | 'EVENT' | null; sector: string | null }

/** The headword of an organisation or event name, if this token is one. */
export function headOf(t: Tok, lex: Lexicon): { type: 'ORG' | 'EVENT'; sector: string | null } | null {
  if (lex.eventHeads.has(t.base)) return { type: 'EVENT', sector: null }
  if (lex.orgHeads.has(t.base)) return { type: 'ORG', sector: lex.orgHeads.get(t.base) ?? null }
  return null
}

/**
 * The run of capitalised words starting at i, within one sentence. Connectors ("of", "and", "for") and
 * particles ("bin", "de", "van der") are crossed only when a capitalised word follows. Connectors stay
 * in the run only when it is an organisation or event name ("Bank of Japan", "Defence and Space Company");
 * a possessive ends the run ("Russia's"). With the gazetteer, an organisation's name also goes on over "of the" /
 * "for the" ("Ministry of the Interior").
 */
export function capitalRun(toks: readonly Tok[], i: number, lex: Lexicon, g?: Gazetteer): Run | null {
  if (!nameLike(toks[i]!, lex)) return null
  const sentence = toks[i]!.sentence
  let end = i + 1
  let j = i + 1
  let firstConnector = -1
  let theAt = -1
  if (!toks[i]!.possessive && !toks[i]!.suffixed) {
    while (j < toks.length && toks[j]!.sentence === sentence) {
      const t = toks[j]!
      // (A middle initial, "John A. Boehner", though "A" alone is no name.)
      if (nameLike(t, lex) || arabicArticle(t) || (t.text.length === 2 && MIDDLE_INITIAL.test(t.text) && !!toks[j + 1] && toks[j + 1]!.sentence === sentence && nameLike(toks[j + 1]!, lex))) {
        end = j + 1; j++
        if (t.possessive || t.suffixed) break
        continue
      }
      const isParticle = lex.particles.has(t.lower) || arabicArticle(t)
      const isConnector = lex.connectors.has(t.lower)
      // Particles may come in a row ("van der", "bin Abdul"): look past them for the next name word.
      let k = j + 1
      if (isParticle) while (k < toks.length && lex.particles.has(toks[k]!.lower) && k - j < 3) k++
      // "Ministry of the Interior", "Federal Service for the Financial Markets": "the" after "of"/"for" continues an
      // organisation's name whose head comes before it.
      // Not before a title or a known name, which are names of their own ("Office of the Secretary of State …",
      // "Embassy of the United States").
      else if (g && isConnector && (t.lower === 'of' || t.lower === 'for') && toks[k]?.lower === 'the' && headOf(toks[end - 1]!, lex)?.type === 'ORG' &&
        k + 1 < toks.length && !titleAt(toks, k + 1, lex) && !matchAt(g, toks, k + 1)) { k++; theAt = j }
      // "… Management for US$7 billion": a currency code after a connector is an amount, not more of the name.
      const glued = k + 1 < toks.length ? toks[k + 1]! : null
      const currency = !!glued && glued.start === toks[k]!.end && glued.text.startsWith('$')
      if ((isParticle || isConnector) && k < toks.length && toks[k]!.sentence === sentence && nameLike(toks[k]!, lex) && !currency) {
        if (isConnector && !isParticle && t.text !== '&' && firstConnector < 0) firstConnector = j
        j = k
        continue
      }
      break
    }
  }
  // "Central Committee of the Workers' Party": a possessive after "of the" starts the next name.
  if (theAt > 0 && end > theAt && toks[end - 1]!.possessive) end = theAt
  const last = toks[end - 1]!
  let head = headOf(last, lex)
  if (firstConnector > 0 && firstConnector < end) {
    const beforeConnector = headOf(toks[firstConnector - 1]!, lex)
    if (!head && !beforeConnector) { end = firstConnector; head = headOf(toks[end - 1]!, lex) }
    // "Shanghai Airlines and Xiamen Airlines", "the Canadian Government and Fiat": a headed name before "and" ends
    // there; what follows is the next item of a list ("Bank of Japan" keeps its "of").
    else if (beforeConnector && toks[firstConnector]!.lower === 'and') { end = firstConnector; head = beforeConnector }
    // "Erez Crossing on Gaza", "Hadassah Hospital on Mt. Scopus": a building's name ends before a word of place.
    else if (beforeConnector && lex.facilityHeads.has(toks[firstConnector - 1]!.base) && PLACE_CONNECTORS.has(toks[firstConnector]!.lower)) { end = firstConnector; head = beforeConnector }
    else if (!head && beforeConnector) head = beforeConnector
    // "Bank of the Philippine Islands": an organisation's head before "of"/"for" heads the whole name.
    else if (beforeConnector?.type === 'ORG' && toks[firstConnector]!.lower !== 'and') head = beforeConnector
    // "Jack Reed of Rhode Island", "Egypt the Sinai Desert": a place's head word at the end does not join what
    // stands before the connector ("Gulf of Aden" has its head before it).
    else if (head && !beforeConnector && lex.facilityHeads.has(last.base)) { end = firstConnector; head = headOf(toks[end - 1]!, lex) }
  }
  // "Senate Judiciary Committee", "House Armed Services Committee": a body of a legislature is legislative.
  const sector = head?.type === 'ORG' && end - i >= 2 && LEGISLATURE_FIRST.has(toks[i]!.text) ? 'LEG' : head?.sector ?? null
  return { start: i, end, head: head?.type ?? null, sector }
}

const PLACE_CONNECTORS = new Set(['on', 'in', 'at', 'near'])
const LEGISLATURE_FIRST = new Set(['House', 'Senate', 'Congressional', 'Parliamentary', 'Parliament'])

/** Title rule starting at token i (longest), matched case-insensitively. */
export function titleAt(toks: readonly Tok[], i: number, lex: Lexicon): { end: number; rule: import('./lexicon.js').TitleRule } | null {
  const list = lex.titles.get(toks[i]!.lower)
  if (!list || !list.length) return null
  for (const rule of list) {
    const n = rule.tokens.length
    if (i + n > toks.length) continue
    let ok = true
    for (let k = 0; k < n && ok; k++) {
      const t = toks[i + k]!
      const want = rule.tokens[k]!
      ok = t.sentence === toks[i]!.sentence && (t.lower === want || (k === n - 1 && (t.lower === want + 's' || t.baseLower === want)))
    }
    if (ok) return { end: i + n, rule }
  }
  return null
}

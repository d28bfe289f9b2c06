import type { Kb, KbSurface } from '../../kb/index.js'
import type { KbEntry } from '../../kb/index.js'
import { tokenize } from '../../segment/tokens.js'
import { tokAt } from './token-at.js'
import type { Tok } from './token-view.js'

/** A KB surface split into tokens the way the segmenter splits text. */
export interface Pattern {
  tokens: string[]      // as written in the KB (case matters for acronyms)
  lowers: string[]
  /** Per token, the case it asks of the text (see caseFits), worked out once when the KB loads. */
  cases: TokenCase[]
  kind: KbSurface['kind']
  entries: KbEntry[]
  /** Only small towns (no capital, under 300,000 people): a name word right before or after makes the words a
   *  person's or an organisation's name instead ("Orlando Zapata", "Cilia Flores", "Oxford University"). */
  weak: boolean
}

export interface Gazetteer {
  /** Patterns by lower-cased first token, longest first. */
  byFirst: Map<string, Pattern[]>
  /** Multi-token patterns by first then second token, longest first; one-token patterns by first token. */
  byTwo: Map<string, Map<string, Pattern[]>>
  single: Map<string, Pattern[]>
  /** Combining forms by lower-cased stem ("sino" → China). */
  combining: Map<string, KbEntry>
  /** First tokens of patterns written in lower case ("al-qaeda"): the only patterns a lower-case word in
   *  running text can start (see caseFits), so the scan skips every other lower-case word at once. */
  lowerFirst: Set<string>
  /** byTwo and single of each first token, found with one lookup per token rather than three. */
  firsts: Map<string, FirstToken>
}

/** The patterns that start with one token: multi-token ones by their second token, and one-token ones. */
export interface FirstToken { seconds: Map<string, Pattern[]> | undefined; single: Pattern[] | undefined }

const built = new WeakMap<Kb, Gazetteer>()

/** Built once per KB: every name, alias and adjective as a token pattern under its first token. */
export function gazetteer(kb: Kb): Gazetteer {
  const have = built.get(kb)
  if (have) return have
  const byFirst = new Map<string, Pattern[]>()
  const combining = new Map<string, KbEntry>()
  const seen = new Map<string, Pattern>()
  for (const s of kb.surfaces) {
    if (s.kind === 'combining') { combining.set(s.surface.slice(0, -1).toLowerCase(), s.entry); continue }
    const tokens = surfaceTokens(s.surface)
    if (!tokens.length) continue
    const key = `${s.kind === 'adjective' ? 'a' : 'n'}\u0000${tokens.join('\u0000')}`
    const same = seen.get(key)
    if (same) { if (!same.entries.includes(s.entry)) same.entries.push(s.entry); same.weak &&= isSmallTown(s.entry); continue }
    const p: Pattern = { tokens, lowers: tokens.map((t) => t.replace(/’/g, "'").toLowerCase()), cases: tokens.map(tokenCase), kind: s.kind, entries: [s.entry], weak: isSmallTown(s.entry) }
    seen.set(key, p)
    const list = byFirst.get(p.lowers[0]!) ?? []
    list.push(p)
    byFirst.set(p.lowers[0]!, list)
  }
  const byTwo = new Map<string, Map<string, Pattern[]>>()
  const single = new Map<string, Pattern[]>()
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.tokens.length - a.tokens.length || kindRank(a) - kindRank(b))
    for (const p of list) {
      if (p.lowers.length === 1) { const l = single.get(first) ?? []; l.push(p); single.set(first, l); continue }
      let seconds = byTwo.get(first)
      if (!seconds) { seconds = new Map(); byTwo.set(first, seconds) }
      const l = seconds.get(p.lowers[1]!) ?? []
      l.push(p)
      seconds.set(p.lowers[1]!, l)
    }
  }
  const lowerFirst = new Set<string>()
  for (const [first, list] of byFirst) if (list.some((p) => p.tokens[0] === p.tokens[0]!.toLowerCase())) lowerFirst.add(first)
  const firsts = new Map<string, FirstToken>()
  for (const first of byFirst.keys()) firsts.set(first, { seconds: byTwo.get(first), single: single.get(first) })
  const g = { byFirst, byTwo, single, combining, lowerFirst, firsts }
  built.set(kb, g)
  return g
}

const SMALL_TOWN = 300_000
export function isSmallTown(e: KbEntry): boolean {
  return e.type === 'PLACE' && !e.capitalOf && typeof e.population === 'number' && e.population < SMALL_TOWN
}

/** Plain words split on spaces (most KB names); anything else goes through the segmenter's tokenizer. */
function surfaceTokens(surface: string): string[] {
  if (PLAIN.test(surface)) return surface.split(' ')
  const toks = tokenize(surface)
  return Array.from({ length: toks.count }, (_, i) => surface.slice(toks.starts[i], toks.ends[i]))
}
const PLAIN = /^\p{L}+(?: \p{L}+)*$/u

const kindRank = (p: Pattern) => (p.kind === 'adjective' ? 1 : 0)

/** What a KB token asks of the case of a text token: any case (written in lower case), exactly that
 *  acronym (US ≠ us; Nato = NATO for four letters and more), or a capital. */
export type TokenCase = 'any' | 'acronym' | 'acronym4' | 'capital' | 'letter' | 'mixed' | 'lowerStart'
function tokenCase(kbToken: string): TokenCase {
  if (kbToken === kbToken.toLowerCase()) return 'any'
  // "al-Qaeda", "al-Shabaab": a name written with a small first letter is written so, or capitalised at a sentence start.
  if (/^\p{Ll}/u.test(kbToken) && kbToken.length > 4) return 'lowerStart'
  if (kbToken === kbToken.toUpperCase()) return kbToken.length < 2 ? 'letter' : kbToken.replace(/\./g, '').length >= 4 ? 'acronym4' : 'acronym'
  // "LeT", "DoD": a short word with a capital after a small letter is written exactly so ("Let's" is not
  // Lashkar-e-Taiba); longer ones keep their spelling variants ("Softbank", "Egyptair").
  if (kbToken.length <= 4 && /\p{Ll}\p{Lu}/u.test(kbToken)) return 'mixed'
  return 'capital'
}

/** Does a text token have the case a KB token asks for? Acronyms must match exactly (US ≠ us; Nato = NATO
 *  for four letters and more), capitalised words need a capital, lower-case KB words match any case. */
export function caseFits(kbToken: string, tok: Tok, text: string, kind: TokenCase = tokenCase(kbToken)): boolean {
  if (tok.capsSentence) return true
  if (kind === 'any') return true
  // A short word in capitals is an acronym ("GAO"), not the surname "Gao"; longer ones may be datelines ("MOSCOW").
  if (tok.allCaps && text.length <= 4 && kind === 'capital') return false
  if (kind === 'mixed') return text === kbToken
  if (kind === 'lowerStart') return text === kbToken || (tok.cap && text.slice(1) === kbToken.slice(1))
  if (kind === 'acronym' || kind === 'acronym4') {
    if (text === kbToken) return true
    return kind === 'acronym4' && tok.cap && text.toUpperCase() === kbToken
  }
  return tok.cap
}

export interface GazetteerMatch { pattern: Pattern; start: number; end: number /* token index, exclusive */ }

/** Longest KB pattern starting at token i. Inner tokens must not be possessive; the last may be ("Russia's"). */
// The scan and the name classifier ask about the same positions more than once: remember the answers
// for the token array being scanned (one article at a time).
let memoToks: readonly Tok[] | null = null
let memo: (GazetteerMatch | null | undefined)[] = []

export function matchAt(g: Gazetteer, toks: readonly Tok[], i: number): GazetteerMatch | null {
  if (memoToks !== toks) { memoToks = toks; memo = new Array(toks.length) }
  const known = memo[i]
  if (known !== undefined) return known
  return (memo[i] = matchUncached(g, toks, i))
}

function matchUncached(g: Gazetteer, toks: readonly Tok[], i: number): GazetteerMatch | null {
  const first = toks[i]!
  const own = g.firsts.get(first.lower)
  const ofBase = first.baseLower !== first.lower ? g.firsts.get(first.baseLower) : undefined
  if (!own && !ofBase) return null
  // Multi-token patterns are only tried when the next token is their second word (one more Map lookup).
  const second = i + 1 < toks.length ? toks[i + 1] : undefined
  const seconds = own?.seconds
  if (seconds && second && second.sentence === first.sentence) {
    const multi = seconds.get(second.lower) ?? (second.baseLower !== second.lower ? seconds.get(second.baseLower) : undefined)
    const m = multi && tryPatterns(multi, toks, i)
    if (m) return m
  }
  const whole = own?.single
  const base = ofBase?.single
  return (whole && tryPatterns(whole, toks, i)) || (base && tryPatterns(base, toks, i)) || null
}

function tryPatterns(list: readonly Pattern[], toks: readonly Tok[], i: number): GazetteerMatch | null {
  const first = toks[i]!
  for (const p of list) {
    const n = p.tokens.length
    if (i + n > toks.length) continue
    let ok = true
    for (let k = 0; k < n && ok; k++) {
      const t = toks[i + k]!
      const last = k === n - 1
      if (t.sentence !== first.sentence) { ok = false; break }
      const lower = last ? (t.lower === p.lowers[k] ? t.lower : t.baseLower) : t.lower
      if (lower !== p.lowers[k]) { ok = false; break }
      const surface = last && lower === t.baseLower && t.possessive ? t.base : t.text
      if (!caseFits(p.tokens[k]!, t, surface, p.cases[k])) ok = false
    }
    if (ok && p.weak && (nameWord(tokAt(toks, i - 1), first) || nameWord(tokAt(toks, i + n), first))) ok = false
    if (ok) return { pattern: p, start: i, end: i + n }
  }
  return null
}

/** A capitalised word of the same sentence next to a name (not a dateline in capitals). */
function nameWord(t: Tok | undefined, at: Tok): boolean {
  return !!t && t.sentence === at.sentence && t.word && t.cap && !t.allCaps && !t.digit
}

/** A single-token pattern for one part of a hyphenated compound ("Putin-Xi", "Russia-China", "Sino-Russian"). */
export function matchPart(g: Gazetteer, part: string, isLast: boolean): { pattern: Pattern } | { combining: KbEntry } | null {
  const lower = part.toLowerCase()
  if (!isLast) { const c = g.combining.get(lower); if (c) return { combining: c } }
  const list = g.byFirst.get(lower)
  if (!list) return null
  for (const p of list) {
    if (p.tokens.length !== 1) continue
    const kb = p.tokens[0]!
    const fits = kb === kb.toLowerCase() ? false : kb.length >= 2 && kb === kb.toUpperCase() ? part === kb : part[0] !== part[0]!.toLowerCase()
    if (fits) return { pattern: p }
  }
  return null
}

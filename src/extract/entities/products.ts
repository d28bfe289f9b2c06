import { readFileSync } from 'node:fs'
import type { Entity, Mention } from '../../article/index.js'
import { withMentions } from './mention.js'
import { mentionToken, tokAt } from './token-at.js'
import type { Tok } from './token-view.js'

// Products ("MacBook Air laptops", "Tiger, the new version of …") and market indices ("the Nikkei fell 3%") are
// capitalised names but neither organisations nor people: they are set aside after grouping, and a name that is
// their maker, possessor or market ("Apple's iTunes", "Japan's Nikkei", "Boeing's 747") is marked `inside`.
// Rules and word lists: rules/products.json (versioned, with provenance). Only names the KB does not know can be
// products; KB names are only ever set aside as index names.

interface ProductsFile {
  version: string
  productNouns: string[]
  makerNouns: string[]
  productBigrams: [string, string][]
  versionNouns: string[]
  tierWords: string[]
  launchVerbs: string[]
  indices: string[]
  ambiguousIndices: string[]
  marketWords: string[]
}

interface ProductRules {
  productNouns: Set<string>
  makerNouns: Set<string>
  bigrams: Map<string, Set<string>>
  versionNouns: Set<string>
  tierWords: Set<string>
  launchVerbs: Set<string>
  /** Index names as lower-cased token lists, by first token, longest first. */
  indices: Map<string, string[][]>
  ambiguous: Set<string>
  marketWords: Set<string>
  /** First words of index names ("ftse" for "FTSE-100" too): a quick test before matching. */
  firstWords: Set<string>
}

let cached: ProductRules | null = null

export function productRules(): ProductRules {
  if (cached) return cached
  const f = JSON.parse(readFileSync(new URL('./rules/products.json', import.meta.url), 'utf8')) as ProductsFile
  const indices = new Map<string, string[][]>()
  for (const name of f.indices) {
    const words = name.toLowerCase().replace(/-(?=\d)/, ' ').split(/\s+/)
    const list = indices.get(words[0]!) ?? []
    list.push(words)
    indices.set(words[0]!, list)
  }
  for (const list of indices.values()) list.sort((a, b) => b.length - a.length)
  const bigrams = new Map<string, Set<string>>()
  for (const [a, b] of f.productBigrams) bigrams.set(a, (bigrams.get(a) ?? new Set()).add(b))
  cached = {
    productNouns: new Set(f.productNouns.map((w) => w.toLowerCase())), makerNouns: new Set(f.makerNouns), bigrams, versionNouns: new Set(f.versionNouns),
    tierWords: new Set(f.tierWords), launchVerbs: new Set(f.launchVerbs), indices,
    ambiguous: new Set(f.ambiguousIndices.map((w) => w.toLowerCase())), marketWords: new Set(f.marketWords),
    firstWords: new Set([...indices.keys()].map((w) => w.split('-')[0]!)),
  }
  return cached
}

const MODEL_NUMBER = /^[A-Z]{0,3}-?\d{2,}[A-Za-z0-9-]*$/
const YEAR = /^(1[89]|20)\d\d$/
const PRODUCT_SHAPE = /^i[A-Z]/ // iPhone, iPod, iTunes, iOS

/** The lower-cased word before any hyphen ("ftse" of "FTSE-100"). */
function firstWord(t: Tok): string {
  const dash = t.baseLower.indexOf('-')
  return dash < 0 ? t.baseLower : t.baseLower.slice(0, dash)
}

const isModelNumber = (t: Tok | undefined) => !!t && t.digit && MODEL_NUMBER.test(t.base) && !YEAR.test(t.base)

/** End token of the index name starting at token i ("FTSE 100", "Dow Jones Industrial Average"), or -1. */
function indexAt(toks: readonly Tok[], i: number, rules: ProductRules): number {
  const t = toks[i]
  if (!t || !t.cap) return -1
  // "FTSE-100": the first word is the part before a hyphen and digits.
  const list = rules.indices.get(t.baseLower) ?? (t.baseLower.includes('-') ? rules.indices.get(t.baseLower.replace(/-\d+$/, '')) : undefined)
  if (!list) return -1
  for (const words of list) {
    let w = 0, j = i
    // "FTSE-100" is one token, "FTSE 100" two: compare hyphen-split parts; the last token may be possessive.
    const fits = (parts: string[]) => parts.every((p, q) => words[w + q] === p)
    while (w < words.length && j < toks.length && toks[j]!.sentence === t.sentence) {
      const tok = toks[j]!
      const parts = tok.lower.split(/-(?=\d)/), baseParts = tok.baseLower.split(/-(?=\d)/)
      if (fits(parts)) w += parts.length
      else if (fits(baseParts)) w += baseParts.length
      else break
      j++
    }
    if (w === words.length && (!rules.ambiguous.has(words.join(' ')) || marketNear(toks, j, rules))) return j
  }
  return -1
}

/** An ambiguous index name ("the Nikkei", "the Dow") is the index when a market word follows within a few words. */
function marketNear(toks: readonly Tok[], i: number, rules: ProductRules): boolean {
  for (let k = i; k < toks.length && k < i + 4 && toks[k]!.sentence === toks[i - 1]!.sentence; k++) {
    if (rules.marketWords.has(toks[k]!.lower) || /^\d/.test(toks[k]!.text)) return true
  }
  return false
}

/** A token of the same sentence as `last`. (A module-level function: under tsx a named closure costs a defineProperty
 *  call each time it is made, and productContext runs for every candidate product name.) */
function inSentence(t: Tok | undefined, last: Tok): boolean {
  return !!t && t.sentence === last.sentence
}

/** Does the text around an unknown name at tokens [a, b) say it names a product? */
function productContext(toks: readonly Tok[], a: number, b: number, rules: ProductRules): boolean {
  const next = tokAt(toks, b), prev = tokAt(toks, a - 1), last = toks[b - 1]!
  // "MacBook Air laptops", "Quartz user interface", "Mac OS X operating system".
  if (inSentence(next, last) && next!.word && !next!.cap) {
    if (rules.productNouns.has(next!.lower) && !last.possessive) return true
    const second = rules.bigrams.get(next!.lower)
    if (second && second.has(toks[b + 1]?.lower ?? '')) return true
  }
  // "Macbook Pro", "iPod Nano": a model-tier word ends the name.
  if (b - a >= 2 && rules.tierWords.has(last.base)) return true
  // "Tiger, the newest version of …", "Lion, the code name for …".
  if (next?.text === ',' && toks[b + 1]?.lower === 'the') {
    for (let k = b + 2; k < b + 5 && inSentence(toks[k], last); k++) if (rules.versionNouns.has(toks[k]!.lower)) return true
  }
  // "iPod Nano", "iPhone Developer Program", "787 Dreamliner", 'the 787 "Dreamliner"'.
  if (prev && inSentence(prev, last)) {
    if (PRODUCT_SHAPE.test(prev.text) && prev.end + 1 === toks[a]!.start) return true
    // "the iPod Classic, Nano and Shuffle": a name listed after a product-shaped one.
    if (LIST_WORDS.has(prev.lower) && listedAfterShape(toks, a)) return true
    if (isModelNumber(prev) || (/^["“]$/.test(prev.text) && isModelNumber(toks[a - 2]))) return true
    // "Apple unveiled Lion", "introduced the new MacBook line".
    let k = a - 1
    while (k > 0 && a - k <= 3 && /^(the|a|its|their|new|latest|newest)$/.test(toks[k]!.lower)) k--
    if (rules.launchVerbs.has(toks[k]!.lower) && toks[k]!.sentence === last.sentence && b - a === 1 && !next?.possessive) return true
  }
  return false
}

const isNameKind = (kind: Mention['kind']) => kind === undefined || kind === 'name' || kind === 'alias'

/** Removes product names and index names from the entities and marks names inside them; renumbers entity ids
 *  when any entity goes. One pass over the mentions; most articles have neither, and then nothing is allocated. */
export function setAsideProducts(toks: readonly Tok[], entities: Entity[]): Entity[] {
  const found = findProducts(toks, entities)
  return found ? setAside(toks, entities, found) : entities
}

/** What the pass over the mentions found (each set made when its first member is). */
interface Found {
  products: Set<Entity> | null
  productNames: Set<string> | null
  /** token index just past a product name, for "(SDK)" after it */
  productEnds: Set<number> | null
  indexMentions: Set<Mention> | null
}

/** The pass over the mentions: product names, index names and the names inside them; null when there are none.
 *  (Separate from setAside, which runs for few articles: a function that meets a branch it never saw is compiled again.) */
function findProducts(toks: readonly Tok[], entities: Entity[]): Found | null {
  const rules = productRules()
  let found: Found | null = null
  let modelNames: Set<string> | null = null // words named by a model number before them: "787 Dreamliner"
  for (const e of entities) {
    const unknown = !e.kbId
    // "the 787 Dreamliner" … "Dreamliners delivered": a word once named by its model number is a product everywhere.
    // (Only a lone word read as an organisation for want of a better reading: not "the Senate", which its head names.)
    if (unknown && e.rule === 'name.single' && (modelNames ??= namesAfterModelNumbers(toks)).has(singular(e.name.toLowerCase()))) {
      found ??= noneFound();
      (found.products ??= new Set()).add(e);
      (found.productNames ??= new Set()).add(e.name.toLowerCase())
      found.productEnds ??= new Set()
      continue
    }
    // Known people, groups and events are never products, indices or their makers: most mentions stop here.
    if ((e.type === 'PERSON' && !unknown) || e.type === 'GROUP' || e.type === 'EVENT') continue
    for (const m of e.mentions) {
      const nameKind = isNameKind(m.kind)
      if (!nameKind && m.kind !== 'adjective' && m.kind !== 'metonym') continue
      const a = mentionToken(toks, m)
      if (a < 0) continue
      let b = a + 1
      while (b < toks.length && toks[b]!.start < m.end) b++
      if (nameKind && rules.firstWords.has(firstWord(toks[a]!)) && indexAt(toks, a, rules) >= b) {
        found ??= noneFound();
        (found.indexMentions ??= new Set()).add(m)
        continue
      }
      if (nameKind && unknown && (e.rule === 'name.maker-model' || productContext(toks, a, b, rules))) {
        noteProduct(found ??= noneFound(), e, b)
        continue
      }
      if (nameKind || m.kind === 'metonym') markInside(toks, m, b, rules, e.type === 'ORG')
    }
  }
  return found
}

const noneFound = (): Found => ({ products: null, productNames: null, productEnds: null, indexMentions: null })

function noteProduct(found: Found, e: Entity, b: number): void {
  (found.products ??= new Set()).add(e);
  (found.productEnds ??= new Set()).add(b)
  const words = e.name.toLowerCase().split(' ')
  const names = (found.productNames ??= new Set())
  names.add(words.join(' '))
  // "MacBook Pro" → "MacBook"; "Ford Taurus" → "Taurus"; "Mac OS X" → "Mac" (only unknown names are set aside).
  if (words.length > 1) { names.add(words.slice(0, -1).join(' ')); names.add(words.slice(1).join(' ')); names.add(words[0]!) }
}

/** The entities without the products (and other mentions of them) and index mentions, renumbered. */
function setAside(toks: readonly Tok[], entities: Entity[], found: Found): Entity[] {
  const { products, productNames, productEnds, indexMentions } = found
  if (products) {
    for (const e of entities) {
      if (e.kbId || products.has(e)) continue
      const name = e.name.toLowerCase()
      // Other mentions of a product: the same name, its plural ("Dreamliners"), or its acronym in brackets after it.
      if (productNames!.has(name) || productNames!.has(singular(name))) { products.add(e); continue }
      const lone = e.rule === 'name.single'
      if (e.mentions.some((m) => { const a = mentionToken(toks, m); return a > 1 && ((toks[a - 1]!.text === '(' && productEnds!.has(a - 1)) || (lone && listedAfterProduct(toks, a, productEnds!))) })) products.add(e)
    }
  }
  const kept: Entity[] = []
  for (const e of entities) {
    if (products?.has(e)) continue
    const mentions = indexMentions ? e.mentions.filter((m) => !indexMentions.has(m)) : e.mentions
    if (!mentions.length) continue
    kept.push(mentions.length === e.mentions.length ? e : withMentions(e, mentions))
  }
  kept.forEach((e, i) => { e.id = `e${i + 1}` })
  return kept
}

const singular = (w: string) => (w.endsWith('s') ? w.slice(0, -1) : w)

/** Lower-cased (singular) words written right after a model number ("737 Max", "787 Dreamliner", 'the 787 "Dreamliner"'). */
function namesAfterModelNumbers(toks: readonly Tok[]): Set<string> {
  const out = new Set<string>()
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!
    if (!t.cap || t.digit) continue
    const prev = toks[k - 1]!
    if (prev.sentence === t.sentence && modelNumberAt(toks, k - 1)) out.add(singular(t.baseLower))
  }
  return out
}

/** Is token k a model number ("787", "A380", "F-16"), not a count or an amount ("60 Senate votes", "3,000 Caribs",
 *  "£10bn Crossrail", "the 101st Airborne")? */
function modelNumberAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!
  if (!isModelNumber(t) || COUNT_SHAPE.test(t.base)) return false
  const before = toks[k - 1]
  // A part of a longer number or an amount glued to its sign: "3,000", "£10bn".
  return !before || before.end < t.start || !/^[,.£$€¥]$/.test(before.text)
}
const COUNT_SHAPE = /^(?:\d\d|\d+(?:bn|m|k|s|st|nd|rd|th))$/i

const LIST_WORDS = new Set([',', 'and', 'or', 'the'])

/** Is the name at token a listed after a product-shaped name ("iPod", "iPhone"), with only names and list words between? */
function listedAfterShape(toks: readonly Tok[], a: number): boolean {
  const sentence = toks[a]!.sentence
  for (let k = a - 1; k >= 0 && a - k <= 8 && toks[k]!.sentence === sentence; k--) {
    const t = toks[k]!
    if (PRODUCT_SHAPE.test(t.text)) return true
    if (!LIST_WORDS.has(t.lower) && !t.cap) return false
  }
  return false
}

/** "the Chrysler Aspen, PT Cruiser, and Durango": a name listed after a product, with only names and list words between,
 *  is another product. */
function listedAfterProduct(toks: readonly Tok[], a: number, productEnds: Set<number>): boolean {
  const sentence = toks[a]!.sentence
  for (let k = a - 1; k > 0 && a - k <= 12 && toks[k]!.sentence === sentence; k--) {
    const t = toks[k]!
    if (LIST_WORDS.has(t.lower)) { if (productEnds.has(k)) return true; continue }
    if (!t.cap && !t.digit) return false
  }
  return false
}

/** "Apple's iTunes", "Japan's Nikkei", "Boeing's 747", "London's FTSE 100": the name right before a product or index. */
function markInside(toks: readonly Tok[], m: Mention, b: number, rules: ProductRules, org: boolean): void {
  const last = toks[b - 1]!
  // "long-haul Airbus jets", "the Apple operating system": a company's name before a kind of product it makes.
  const after = toks[b]
  if (org && !last.possessive && after && after.sentence === last.sentence && after.word && !after.cap &&
    (rules.makerNouns.has(after.lower) || rules.bigrams.get(after.lower)?.has(toks[b + 1]?.lower ?? ''))) { m.inside = 'product'; return }
  // "Paris' CAC 40": a bare apostrophe after a name in -s is its possessive.
  const apostrophe = toks[b]?.text === "'" || toks[b]?.text === '’'
  if (apostrophe) b++
  const next = toks[b]
  if (!next || next.sentence !== last.sentence) return
  if (next.cap && rules.firstWords.has(firstWord(next)) && indexAt(toks, b, rules) > b) { m.inside = 'index'; return }
  if ((last.possessive || apostrophe) && (PRODUCT_SHAPE.test(next.text) || isModelNumber(next))) m.inside = 'product'
}

import type { Amount, Tokens } from '../../article/index.js'
import { TokenView } from '../quotes/token-view.js'
import type { AmountLexicon } from './lexicon.js'

const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y
const ORDINAL = /^(st|nd|rd|th)$/
// Module-level, as a regex literal inside a function is a new object on every call.
const GLUED_BEFORE = /[\p{L}\p{N}+\-/_#.]/u
const SENTENCE_END = /[.!?]/
const POSSESSIVE = /['’]s$/
const SIBILANT_PLURAL = /(ss|x|ch|sh)es$/
const MAX_UNIT_WORDS = 3
const DEFINITE = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both', 'all', 'first', 'last', 'other', 'of'])

/**
 * Numbers with the unit they count: `10bn cubic metres a year`, `more than 100,000 troops`, `$2.5bn`,
 * `76%`. The unit is the counted noun, singular (lower-case unless a proper noun); currencies are ISO
 * codes. Years, dates, times and ordinals are not amounts, nor is a number without a unit. Spelled
 * numbers count with a multiplier, a measure or a counted plural ("two million", "five years",
 * "expelled two diplomats"), but "the two leaders" names a known set rather than counting it, and
 * "dozens of" is too vague to carry a value.
 */
export function extractAmounts(text: string, tokens: Tokens, lex: AmountLexicon): Amount[] {
  const v = TokenView.of(text, tokens)
  const out: Amount[] = []
  for (let t = 0; t < v.count; t++) {
    if (!lex.starts.mayStart(text, v.start(t), v.end(t))) continue
    const found = amountAt(v, lex, t)
    if (!found) continue
    out.push(found.amount)
    t = found.next - 1
  }
  return out
}

function amountAt(v: TokenView, lex: AmountLexicon, t: number): { amount: Amount; next: number } | null {
  const text = v.text
  const c = text.charCodeAt(v.start(t))
  let currency: string | null = null
  let first = t            // first token of the amount (currency symbol or number)
  let n = t
  if (c < 48 || c > 57) {
    // Currency symbols are not letters; "US$", "HK$" are a short capitalised prefix glued to "$".
    const prefixed = c >= 65 && c <= 90 && v.end(t) - v.start(t) <= 2 && t + 1 < v.count && v.end(t) === v.start(t + 1) && text.charCodeAt(v.start(t + 1)) === 36
    const sym = c > 127 || c === 36 ? lex.currencySymbols.get(v.raw(t)) : prefixed ? lex.currencySymbols.get(v.raw(t) + v.raw(t + 1)) : undefined
    if (sym) {
      n = prefixed ? t + 2 : t + 1
      if (n >= v.count || !isDigit(text.charCodeAt(v.start(n))) || v.start(n) !== v.end(n - 1)) return null
      currency = sym
    } else {
      return spelledAmountAt(v, lex, t)
    }
  }
  // The number itself, which may run over several tokens ("7,000") and carry a suffix ("10bn", "1mn").
  NUMBER.lastIndex = v.start(n)
  const m = NUMBER.exec(text)
  if (!m) return null
  const numEnd = NUMBER.lastIndex
  // Glued to a code or formula ("P5+1", "G-20", "F/A-18"), or a long bare digit string (an id, a timestamp): not an amount.
  if (!currency && GLUED_BEFORE.test(text[v.start(n) - 1] ?? ' ')) return null
  if (!currency && m[0].length > 7 && !m[0].includes(',') && !m[0].includes('.')) return null
  let j = n
  while (j < v.count && v.end(j) < numEnd) j++
  const suffix = text.slice(numEnd, v.end(j)).toLowerCase()
  j++
  let value = Number(m[0].replaceAll(',', ''))
  let multiplied = false
  if (suffix) {
    const mult = lex.multipliers.get(suffix)
    if (mult === undefined) return null               // "21st", "3G", "5pm"
    value *= mult; multiplied = true
  }
  if (isDateOrTime(v, lex, n, j, numEnd)) return null
  if (j < v.count && lex.multipliers.has(v.lower(j)) && v.lower(j).length > 1) { value *= lex.multipliers.get(v.lower(j))!; multiplied = true; j++ }
  return finish(v, lex, first, j, value, currency, multiplied, m[0].includes(','))
}

/** "two million", "five years", "twenty-five years": spelled numbers with a multiplier or a measure unit. */
function spelledAmountAt(v: TokenView, lex: AmountLexicon, t: number): { amount: Amount; next: number } | null {
  if (v.isCapital(t) && t > 0 && !SENTENCE_END.test(v.raw(t - 1))) return null
  const w = v.lower(t)
  let value = lex.numberWords.get(w)
  if (value === undefined && w.includes('-')) {
    // "twenty-five": tens and a unit, one hyphen. (Two lookups rather than split().map(), whose array of numbers and
    // undefined took several array kinds, each deoptimising this function when first met.)
    const dash = w.indexOf('-')
    if (w.indexOf('-', dash + 1) < 0) {
      const tens = lex.numberWords.get(w.slice(0, dash)), units = lex.numberWords.get(w.slice(dash + 1))
      if (tens !== undefined && units !== undefined && tens >= 20 && units < 10) value = tens + units
    }
  }
  if (value === undefined) return null
  let j = t + 1
  const mult = j < v.count ? lex.multipliers.get(v.lower(j)) : undefined
  if (mult !== undefined && v.lower(j).length > 1) { value *= mult; j++; return finish(v, lex, t, j, value, null, true, false) }
  if (w === 'a' || w === 'one') return null
  if (j < v.count && lex.measureUnits.has(v.lower(j))) return finish(v, lex, t, j, value, null, false, false)
  // "expelled two diplomats" counts; "the two leaders", "their three sons" name a known set rather than count it.
  const prev = t > 0 ? v.lower(t - 1) : ''
  if (DEFINITE.has(prev) || POSSESSIVE.test(prev)) return null
  if (j < v.count && !v.isCapital(j) && isPlural(v.lower(j)) && !lex.notUnits.has(v.lower(j))) return finish(v, lex, t, j, value, null, false, false)
  return null
}

function finish(v: TokenView, lex: AmountLexicon, first: number, j: number, value: number, currency: string | null, multiplied: boolean, grouped: boolean): { amount: Amount; next: number } | null {
  let unit: string | null = currency
  if (j < v.count && v.raw(j) === '%') { unit ??= 'percent'; j++ }
  else if (j < v.count && v.lower(j) === 'percent') { unit ??= 'percent'; j++ }
  if (!unit && j < v.count && lex.currencyWords.has(v.lower(j))) { unit = lex.currencyWords.get(v.lower(j))!; j++ }
  if (!unit) {
    const u = unitAt(v, lex, j)
    if (!u) return null
    unit = u.unit; j = u.next
  }
  // A bare four-digit number from 1900 to 2100 is a year ("in 2022", "2022 elections").
  if (!currency && unit !== 'percent' && !multiplied && !grouped && Number.isInteger(value) && value >= 1900 && value <= 2100 && !lex.measureUnits.has(unit)) return null
  let per: string | null = null
  const perHit = matchPhrase(v, j, lex.per.get(v.lower(j)) ?? [])
  if (perHit) { per = perHit.item.unit; j = perHit.next }
  else if (j + 1 < v.count && (v.lower(j) === 'per' || v.lower(j) === 'a' || v.lower(j) === 'an') && lex.measureUnits.has(v.lower(j + 1))) { per = singular(v, lex, j + 1); j += 2 }
  let start = v.start(first)
  let approx: Amount['approx'] = null
  const before = first - 1
  if (before >= 0) {
    const hit = matchBackward(v, before, lex.approx.get(v.lower(before)) ?? [])
    if (hit) { approx = hit.kind as Amount['approx']; start = v.start(hit.start) }
  }
  const end = v.end(j - 1)
  return { amount: { start, end, text: v.text.slice(start, end), value: Number(value.toPrecision(15)), unit, per, approx, event: null }, next: j }
}

/** The counted noun after the number: a compound unit ("cubic metres"), a measure, or the first plural noun. */
function unitAt(v: TokenView, lex: AmountLexicon, j: number): { unit: string; next: number } | null {
  if (j >= v.count) return null
  const compounds = lex.compoundUnits.get(v.lower(j))
  if (compounds) {
    for (const words of compounds) {
      if (words.every((w, k) => j + k < v.count && v.lower(j + k) === w)) {
        const phrase = words.join(' ')
        const unit = lex.irregularSingular.get(phrase) ?? words.slice(0, -1).concat(singularWord(words[words.length - 1]!, lex)).join(' ')
        return { unit, next: j + words.length }
      }
    }
  }
  let firstWord = -1
  if (j > 0 && v.text.slice(v.end(j - 1), v.start(j)).includes('\n')) return null // the unit never sits in the next paragraph
  for (let k = j; k < v.count && k < j + MAX_UNIT_WORDS; k++) {
    const w = v.lower(k)
    if (!v.isWord(k) || lex.notUnits.has(w) || lex.months.has(w) || isDigit(v.text.charCodeAt(v.start(k)))) break
    if (firstWord < 0) firstWord = k
    if (lex.measureUnits.has(w) || isPlural(w)) return { unit: singular(v, lex, k), next: k + 1 }
    if (!v.isCapital(k) && k > j) break // only a capitalised modifier may stand between number and noun ("100 Russian troops")
  }
  // A singular noun right after the number ("a 7,000 word statement").
  if (firstWord === j && !v.isCapital(j) && (j + 1 >= v.count || !v.isWord(j + 1) || v.text.slice(v.end(j), v.start(j + 1)).includes('\n'))) return { unit: singular(v, lex, j), next: j + 1 }
  // A people named in the singular form ("2mn Rohingya had fled"): a capitalised word before a lower-case function word.
  if (firstWord === j && v.isCapital(j) && j + 1 < v.count && lex.notUnits.has(v.lower(j + 1)) && !v.isCapital(j + 1)) return { unit: v.raw(j), next: j + 1 }
  return null
}

function singular(v: TokenView, lex: AmountLexicon, k: number): string {
  const raw = v.raw(k)
  const s = singularWord(raw.toLowerCase(), lex)
  // Proper nouns keep their case ("Uyghurs" → "Uyghur"); shouted capitals do not ("HOURS").
  return v.isCapital(k) && raw !== raw.toUpperCase() ? raw.slice(0, s.length) : s
}

function singularWord(w: string, lex: AmountLexicon): string {
  const irregular = lex.irregularSingular.get(w)
  if (irregular) return irregular
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (SIBILANT_PLURAL.test(w)) return w.slice(0, -2)
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 2) return w.slice(0, -1)
  return w
}

function isPlural(w: string): boolean { return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') }
function isDigit(c: number): boolean { return c >= 48 && c <= 57 }

/** "Feb 4", "4 February", "3:25", "12/05", "No. 10", "21st". */
function isDateOrTime(v: TokenView, lex: AmountLexicon, n: number, next: number, numEnd: number): boolean {
  // (Reads guarded by the text's length: a read past the end deoptimised amountAt, into which this is inlined.)
  const text = v.text
  const after = numEnd < text.length ? text.charCodeAt(numEnd) : -1
  if ((after === 58 || after === 47 || after === 46) && numEnd + 1 < text.length && isDigit(text.charCodeAt(numEnd + 1))) return true // ":", "/", "."
  if (n > 0 && (lex.months.has(v.lower(n - 1)) || v.raw(n - 1) === '/' || v.lower(n - 1) === 'no.')) return true
  if (next < v.count && (lex.months.has(v.lower(next)) || ORDINAL.test(v.lower(next)) && v.start(next) === numEnd)) return true
  return false
}

function matchPhrase<T extends { words: string[] }>(v: TokenView, j: number, items: T[]): { item: T; next: number } | null {
  for (const item of items) if (item.words.every((w, k) => j + k < v.count && v.lower(j + k) === w)) return { item, next: j + item.words.length }
  return null
}

function matchBackward(v: TokenView, last: number, items: { words: string[]; kind: string }[]): { kind: string; start: number } | null {
  for (const item of items) {
    const s = last - item.words.length + 1
    if (s >= 0 && item.words.every((w, k) => v.lower(s + k) === w)) return { kind: item.kind, start: s }
  }
  return null
}

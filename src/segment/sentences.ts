import type { Paragraph, Sentence } from '../article/index.js'
import { EndMarks } from './end-marks.js'

// Words after which a period does not end a sentence. Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st',
  'rev', 'hon', 'pres', 'jr', 'sr', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
  'al', 'eg', 'ie', 'cf', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'ph.d', 'ave', 'blvd', 'sq', 'brig',
])

// Closing quotes and brackets that stay with the sentence they end: " ' ) ] ’ ” »
function isCloser(c: number): boolean { return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 0xbb }
function closesQuote(text: string, from: number, to: number): boolean {
  // Double quotes only: a single one after a period may be a possessive ("the U.S.' Defense Department").
  for (let k = from; k < to; k++) { const c = text.charCodeAt(k); if (c === 34 || c === 0x201d || c === 0xbb) return true }
  return false
}
function isEndMark(c: number): boolean { return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ }


/** Sentence boundaries inside each paragraph: end punctuation (with trailing quotes/brackets)
 *  followed by space and an upper-case letter, digit or opening quote; abbreviations and
 *  initials ("J. R. Smith", "U.S.") do not end sentences. */
export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = []
  const marks = new EndMarks(text)
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!
    let s = skipSpace(text, start, end)
    let i = s
    while (i < end) {
      i = marks.next(i, end)
      if (i >= end) break
      const c = text.charCodeAt(i)
      let j = i + 1
      while (j < end && isEndMark(text.charCodeAt(j))) j++
      const closersFrom = j
      while (j < end && isCloser(text.charCodeAt(j))) j++
      if (j >= end) break
      // A period inside a closing quotation mark ends the sentence even after an abbreviation ('said "no."',
      // 'in the "U.S."'): abbreviations do not end quotations.
      const quoted = c === 46 && closesQuote(text, closersFrom, j)
      if (isSpace(text.charCodeAt(j)) && startsSentence(text, skipSpace(text, j, end), end) && !(c === 46 && !quoted && isAbbreviation(text, s, i))) {
        out.push({ start: s, end: j, paragraph: p })
        s = skipSpace(text, j, end)
        i = s
        continue
      }
      i = j
    }
    const e = trimEnd(text, s, end)
    if (e > s) out.push({ start: s, end: e, paragraph: p })
  }
  return out
}

function isSpace(c: number): boolean { return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 }
function skipSpace(text: string, i: number, end: number): number { while (i < end && isSpace(text.charCodeAt(i))) i++; return i }
function trimEnd(text: string, s: number, e: number): number { while (e > s && isSpace(text.charCodeAt(e - 1))) e--; return e }

function startsSentence(text: string, i: number, end: number): boolean {
  if (i >= end) return false
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 // A-Z 0-9 " ' ( [
  const ch = text[i]!
  if (ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[') return true
  if (ch >= '0' && ch <= '9') return true
  return ch !== ch.toLowerCase() // an upper-case letter (any script with case)
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot
  while (k > sentenceStart && !isSpace(text.charCodeAt(k - 1)) && text[k - 1] !== '(' && text[k - 1] !== '"') k--
  const word = text.slice(k, dot).toLowerCase()
  if (word.length === 1 && /[a-z]/.test(word)) return true // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word)) return true
  return /^([a-z]\.)+[a-z]$/.test(word) // U.S, U.N.S.C
}

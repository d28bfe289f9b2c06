import type { Tokens } from '../article/index.js'
import { classAt, isWordClass, LETTER, SPACE, widthAt, WORD_MARK } from './char-class.js'

// Words (letters/marks/digits with inner apostrophes, hyphens and dots as in "U.S." or "co-operation"),
// numbers with separators, or any other single non-space character. A hand-written scanner for
//   /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu
// (3–5× faster than the regex; segment.test.ts checks both agree), followed by the trailing-period rule below.

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classAt(String.fromCharCode(c), 0))
const APOSTROPHE = 39, RIGHT_QUOTE = 0x2019, DOT = 46, HYPHEN = 45, AMPERSAND = 38

// Offsets are collected in scratch arrays reused across calls (grown as needed), then copied into one
// exact-size buffer holding both: one small allocation per text instead of two over-sized ones.
let scratchStarts = new Uint32Array(1 << 14)
let scratchEnds = new Uint32Array(1 << 14)

export function tokenize(text: string): Tokens {
  const len = text.length
  let starts = scratchStarts, ends = scratchEnds
  let n = 0
  let i = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    if (c === 32) { i++; continue }
    const k = c < 128 ? ASCII_CLASS[c]! : classAt(text, i)
    if (k === SPACE) { i++; continue }
    let end: number
    if (!isWordClass(k)) end = i + widthAt(text, i) // \S: one code point
    else end = wordEnd(text, i, len)
    if (n === starts.length) {
      const s2 = new Uint32Array(n * 2); s2.set(starts); starts = scratchStarts = s2
      const e2 = new Uint32Array(n * 2); e2.set(ends); ends = scratchEnds = e2
    }
    starts[n] = i
    ends[n] = end
    n++
    i = end
  }
  const out = new Uint32Array(2 * n)
  out.set(starts.subarray(0, n))
  out.set(ends.subarray(0, n), n)
  return { starts: out.subarray(0, n), ends: out.subarray(n, 2 * n), count: n }
}

/** End of the word token starting at `start`: word runs joined by single separators, plus a trailing
 *  period only for abbreviations (see keepsPeriod); a dropped period becomes the next token. */
function wordEnd(text: string, start: number, len: number): number {
  let j = runEnd(text, start, len)
  let lastSep = -1, lastRun = start
  while (j + 1 < len) {
    const c = text.charCodeAt(j)
    if (c !== DOT && c !== HYPHEN && c !== APOSTROPHE && c !== RIGHT_QUOTE) break
    if (!isWordClass(classAt(text, j + 1))) break
    lastSep = c; lastRun = j + 1
    j = runEnd(text, j + 1, len)
  }
  if (j < len && text.charCodeAt(j) === DOT && keepsPeriod(text, start, lastSep, lastRun, j)) return j + 1
  return j
}

/** End of a run of word characters (whole code points). */
function runEnd(text: string, i: number, len: number): number {
  while (i < len) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (ASCII_CLASS[c] === LETTER || ASCII_CLASS[c] === WORD_MARK) { i++; continue }
      return i
    }
    if (!isWordClass(classAt(text, i))) return i
    i += widthAt(text, i)
  }
  return i
}

// A trailing period belongs to the token only for abbreviations like "U.S." / "Mr.": a last part of
// letters after an inner dot (/\.\p{L}+\.$/), or a short capitalised word (/^[A-Z][a-z]{0,3}\.$/) not glued to a "&".
function keepsPeriod(text: string, start: number, lastSep: number, lastRun: number, dot: number): boolean {
  if (lastSep === DOT) {
    let i = lastRun
    while (i < dot && classAt(text, i) === LETTER) i += widthAt(text, i)
    if (i === dot) return true
  }
  if (dot - start > 4) return false
  // "AT&T." ends a sentence: the last part of an ampersand name is no abbreviation.
  if (start > 0 && text.charCodeAt(start - 1) === AMPERSAND) return false
  const c = text.charCodeAt(start)
  if (c < 65 || c > 90) return false
  for (let i = start + 1; i < dot; i++) {
    const d = text.charCodeAt(i)
    if (d < 97 || d > 122) return false
  }
  return true
}

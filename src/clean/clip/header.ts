import { countWords } from './classify.js'

export interface HeaderLines { section: string | null; headline: string | null; standfirst: string | null }

/**
 * The text blocks above the body, in order: an optional short section tag ("Nato", "World"), the
 * headline, then the standfirst. A known headline (from the container or a clip header) anchors them.
 */
export function readHeaderLines(texts: readonly string[], knownHeadline: string | null): HeaderLines {
  const out: HeaderLines = { section: null, headline: null, standfirst: null }
  if (!texts.length) return out
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  let h = knownHeadline ? texts.findIndex((t) => fold(t) === fold(knownHeadline)) : -1
  if (h < 0) h = guessHeadline(texts)
  out.headline = texts[h]!
  if (h >= 1) {
    const tag = texts[h - 1]!
    // (A line with a year in it is a date line, in whatever language: "fredag 4. februar 2022".)
    if (countWords(tag) <= 5 && !/[.!?]$/.test(tag) && !/\b(1[89]|20)\d\d\b/.test(tag)) out.section = tag
  }
  const next = texts[h + 1]
  if (next && countWords(next) >= 4) out.standfirst = next
  return out
}

/**
 * Without a known title: [tag, headline, standfirst] is the common shape. Two or more short lines
 * (menus, "Video", a section) before the first long line put the headline at that long line.
 * With only two lines, a first line of one or two words is a tag, else it is the headline.
 */
function guessHeadline(texts: readonly string[]): number {
  const first = texts[0]!, tagWords = countWords(first)
  const isTag = (max: number) => tagWords <= max && !/[.!?]$/.test(first) && countWords(texts[1]!) > tagWords
  if (texts.length >= 3) {
    const long = texts.findIndex((t) => countWords(t) >= 5)
    if (long >= 2) return long
    // A section tag is short and shorter than the headline after it; with a standfirst below, it may run to five words.
    return isTag(5) ? 1 : 0
  }
  return texts.length === 2 && isTag(2) ? 1 : 0
}

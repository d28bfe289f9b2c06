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
  if (h < 0) {
    const first = texts[0]!
    // A section tag is short and shorter than the headline after it; with a standfirst below, it may run to five words.
    const tagWords = countWords(first)
    h = texts.length >= 2 && (tagWords <= 3 || (tagWords <= 5 && texts.length >= 3)) && !/[.!?]$/.test(first) && countWords(texts[1]!) > tagWords ? 1 : 0
  }
  out.headline = texts[h]!
  if (h >= 1) {
    const tag = texts[h - 1]!
    if (countWords(tag) <= 5 && !/[.!?]$/.test(tag)) out.section = tag
  }
  const next = texts[h + 1]
  if (next && countWords(next) >= 4) out.standfirst = next
  return out
}

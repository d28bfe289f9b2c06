import type { Caption } from '../article/types.js'
import { splitOnBlankLines } from './blank-lines.js'
import { TextBuilder } from './build-text.js'
import { detectLanguage, foldLine, matchBoilerplate, matchCaption } from './clip/index.js'
import type { Cleaner } from './types.js'

/**
 * Plain text: paragraphs are separated by blank lines; single line breaks inside a paragraph are spaces.
 * Scraped text keeps caption and page junk ("Hide caption … Previous Next AP", "Advertisement"): blocks
 * with explicit caption or boilerplate markers move to metadata or are dropped; so does a first block
 * that only repeats the known headline.
 */
export const cleanPlain: Cleaner = (input) => {
  const b = new TextBuilder()
  const captions: Caption[] = []
  const headline = input.hints?.headline ? norm(input.hints.headline) : null
  for (const raw of splitOnBlankLines(input.content)) {
    const block = foldLine(raw.includes('\n') ? raw.replace(/\r?\n/g, ' ') : raw)
    if (!block) continue
    if (headline && !b.paragraphs.length && repeatsHeadline(block, headline)) continue
    if (matchBoilerplate(block)) continue
    const caption = matchCaption(block)
    if (caption) { if (!caption.creditOnly) captions.push({ text: caption.text, credit: caption.credit }); continue }
    b.add(block)
  }
  const text = b.toString()
  return { text, paragraphs: b.paragraphs, meta: { captions, language: input.hints?.language ?? detectLanguage(text) }, messages: [] }
}

/** norm(block) === headline, but a long paragraph is ruled out without normalising it: norm keeps every
 *  ASCII letter and digit, so a block with more of them than the headline has characters differs. */
function repeatsHeadline(block: string, headline: string): boolean {
  let alnum = 0
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i)
    const lower = c | 32 // folds A-Z onto a-z (and nothing else onto a-z)
    if (((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) && ++alnum > headline.length) return false
  }
  return norm(block) === headline
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

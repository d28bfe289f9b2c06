import type { Caption } from '../article/types.js'
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
  for (const raw of input.content.split(/\r?\n[\t \u00a0]*\r?\n/)) {
    const block = foldLine(raw.includes('\n') ? raw.replace(/\r?\n/g, ' ') : raw)
    if (!block) continue
    if (headline && !b.paragraphs.length && norm(block) === headline) continue
    if (matchBoilerplate(block)) continue
    const caption = matchCaption(block)
    if (caption) { if (!caption.creditOnly) captions.push({ text: caption.text, credit: caption.credit }); continue }
    b.add(block)
  }
  const text = b.toString()
  return { text, paragraphs: b.paragraphs, meta: { captions, language: input.hints?.language ?? detectLanguage(text) }, messages: [] }
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

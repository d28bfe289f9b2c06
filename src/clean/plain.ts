import type { Cleaner } from './types.js'
import { TextBuilder, foldSpaces } from './build-text.js'

/** Plain text: paragraphs are separated by blank lines; single line breaks inside a paragraph are spaces. */
export const cleanPlain: Cleaner = (input) => {
  const b = new TextBuilder()
  for (const block of input.content.split(/\r?\n[\t \u00a0]*\r?\n/)) b.add(foldSpaces(block.replace(/\r?\n/g, ' ')))
  return { text: b.toString(), paragraphs: b.paragraphs, meta: {}, messages: [] }
}

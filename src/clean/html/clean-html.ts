import type { Cleaner, CleanOutput } from '../types.js'
import { TextBuilder } from '../build-text.js'
import { extractBody } from './body.js'
import { MAX_PARSE_CHARS, parseDocument } from './dom.js'
import { readPageMeta } from './metadata.js'
import { MAX_DEPTH } from './prune.js'

/** HTML page → the article's prose (paragraphs with kinds), captions and page metadata. */
export const cleanHtml: Cleaner = (input) => extractArticle(input.content, input.hints?.url ?? null)

export function extractArticle(html: string, url: string | null = null): CleanOutput {
  const messages: CleanOutput['messages'] = []
  const { document, truncatedFrom } = parseDocument(html)
  if (truncatedFrom) messages.push({ code: 'html/truncated', reason: `the page has ${truncatedFrom} characters; only the first ${MAX_PARSE_CHARS} were parsed`, severity: 'warning' })
  const page = readPageMeta(document, url)
  if (page.invalidJsonLd) messages.push({ code: 'html/json-ld-invalid', reason: `${page.invalidJsonLd} JSON-LD block(s) could not be parsed and were ignored`, severity: 'info' })
  const body = extractBody(document)
  if (body.pruned.get('too-deep')) messages.push({ code: 'html/too-deep', reason: `the page nests elements more than ${MAX_DEPTH} deep; the deeper parts were ignored`, severity: 'warning' })
  const text = new TextBuilder()
  for (const b of body.blocks) text.add(b.text, b.kind)
  if (!body.blocks.length) messages.push({ code: 'html/no-article', reason: 'no article text was found on the page (no block of prose long enough)', severity: 'warning' })
  return { text: text.toString(), paragraphs: text.paragraphs, meta: { ...page.meta, captions: body.captions }, messages }
}

import type { Cleaner, CleanOutput } from '../types.js'
import { TextBuilder } from '../build-text.js'
import { matchDateline } from '../clip/dateline.js'
import { detectLanguage } from '../clip/language.js'
import { extractBody } from './body.js'
import { MAX_PARSE_CHARS, fold, parseDocument } from './dom.js'
import { dropLeadingHeader } from './leading-lines.js'
import { readPageMeta } from './metadata.js'
import { MAX_DEPTH } from './prune.js'

/** A JSON-LD articleBody shorter than this is a teaser, not a body. */
const MIN_JSON_LD_BODY = 300

/** HTML page → the article's prose (paragraphs with kinds), captions and page metadata. */
export const cleanHtml: Cleaner = (input) => extractArticle(input.content, { url: input.hints?.url ?? null, date: input.hints?.date ?? null, language: input.hints?.language ?? null })

/** What the container knows about the page (the URL it came from, a feed item's date and language). */
export interface PageHints { url?: string | null; date?: string | null; language?: string | null }

export function extractArticle(html: string, hints: PageHints = {}): CleanOutput {
  const messages: CleanOutput['messages'] = []
  const { document, truncatedFrom } = parseDocument(html)
  if (truncatedFrom) messages.push({ code: 'html/truncated', reason: `the page has ${truncatedFrom} characters; only the first ${MAX_PARSE_CHARS} were parsed`, severity: 'warning' })
  const page = readPageMeta(document, hints.url ?? null, hints.date ?? null)
  if (page.invalidJsonLd) messages.push({ code: 'html/json-ld-invalid', reason: `${page.invalidJsonLd} JSON-LD block(s) could not be parsed and were ignored`, severity: 'info' })
  const extracted = extractBody(document)
  if (extracted.pruned.get('too-deep')) messages.push({ code: 'html/too-deep', reason: `the page nests elements more than ${MAX_DEPTH} deep; the deeper parts were ignored`, severity: 'warning' })
  const text = new TextBuilder()
  let blocks = dropLeadingHeader(extracted.blocks, page.meta.headline ?? null)
  // Pages rendered by script carry no prose in their HTML, only in JSON-LD: use it when the DOM gave little.
  const ldBody = page.articleBody?.trim() ?? ''
  if (ldBody.length >= MIN_JSON_LD_BODY && blocks.reduce((n, b) => n + b.text.length, 0) < ldBody.length * 0.3) {
    blocks = ldBody.split(/\n\s*\n|\n(?=\S)/).map((t) => ({ text: fold(t), kind: 'p' as const }))
    messages.push({ code: 'html/body-from-json-ld', reason: 'the page markup holds little prose; the body was taken from its JSON-LD articleBody', severity: 'info' })
  }
  for (const b of blocks) text.add(b.text, b.kind)
  if (!text.paragraphs.length) messages.push({ code: 'html/no-article', reason: 'no article text was found on the page (no block of prose long enough)', severity: 'warning' })
  const meta = { ...page.meta, captions: extracted.captions }
  // Wire datelines ("KYIV (Reuters) —") go to the metadata as for clips; the body keeps them as written.
  const first = blocks[0]?.text
  const dateline = first ? matchDateline(first) : null
  if (dateline) meta.dateline = { place: dateline.place, agency: dateline.agency }
  const body = text.toString()
  meta.language ??= hints.language?.split(/[-_]/)[0]!.toLowerCase() || detectLanguage(body)
  return { text: body, paragraphs: text.paragraphs, meta, messages }
}

import { emptyMeta } from '../article/index.js'
import { defineStage } from '../pipeline/define-stage.js'
import { decodeCharacterReferences } from './character-references.js'
import { CLEANERS } from './registry.js'
import type { CleanOutput } from './types.js'

export const cleanStage = defineStage<CleanOutput>({
  name: 'clean',
  version: '1',
  description: 'Format-specific cleaning: the article prose in order (text, paragraphs) and its metadata.',
  requires: ['raw', 'format'],
  provides: ['text', 'meta', 'spans.paragraphs'],
  compute(article) {
    let input = article.data.input as Parameters<(typeof CLEANERS)['text']>[0]
    const references = article.format === 'html' ? null : decodeCharacterReferences(input.content)
    if (references?.count) input = { ...input, content: references.text }
    const out = CLEANERS[article.format](input, { capturedAt: article.options.capturedAt ?? null })
    if (references?.count) {
      out.messages.push({ code: 'clean/character-references', reason: `decoded ${references.count} HTML character reference${references.count > 1 ? 's' : ''} (such as "&#233;" or "&amp;") in ${article.format} input`, severity: 'info' })
    }
    return out
  },
  apply(article, out) {
    article.text = out.text
    article.spans.paragraphs = out.paragraphs
    const hints = (article.data.input as { hints?: Record<string, unknown> }).hints ?? {}
    const meta = { ...emptyMeta(), ...out.meta }
    // Container metadata (JSON fields, HTTP) fills what the text itself did not say.
    meta.headline ??= (hints.headline as string | undefined) ?? null
    meta.url ??= (hints.url as string | undefined) ?? null
    meta.outlet ??= (hints.outlet as string | undefined) ?? null
    meta.section ??= (hints.section as string | undefined) ?? null
    if (!meta.published.iso && hints.date) meta.published = { ...meta.published, iso: String(hints.date) }
    if (!meta.authors.length && Array.isArray(hints.authors)) meta.authors = (hints.authors as string[]).map((name) => ({ name, location: null }))
    article.meta = meta
    for (const m of out.messages) article.messages.push({ ...m, stage: 'clean' })
    if (!out.text) article.messages.push({ code: 'clean/empty-body', reason: 'no article text was found in the input', severity: 'warning', stage: 'clean' })
  },
})

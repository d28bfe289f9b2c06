import type { ArticleMeta } from '../../article/types.js'
import { parseDate } from './dates.js'
import type { Block } from './blocks.js'

const FIELD = /^([A-Z][A-Z_]{1,19}):\s*(.*)$/

/**
 * Some clippers (and archived corpora) put `KEY: value` lines above the text (TITLE, URL, DATE, AUTHOR…).
 * Returns how many leading blocks form such a header and the metadata they carry.
 */
export function readClipHeader(blocks: readonly Block[]): { count: number; meta: Partial<ArticleMeta> } {
  let count = 0
  const meta: Partial<ArticleMeta> = {}
  while (count < blocks.length && FIELD.test(blocks[count]!.raw)) count++
  if (count < 2) return { count: 0, meta }
  for (let i = 0; i < count; i++) {
    const [, key, rawValue] = FIELD.exec(blocks[i]!.raw)!
    // A value in parentheses is a placeholder ("(no title stored)"); a trailing [note] is an annotation.
    const value = rawValue!.trim().replace(/\s*\[[^\]]*\]$/, '')
    if (!value || /^\(.*\)$/.test(value)) continue
    switch (key) {
      case 'TITLE': case 'HEADLINE': meta.headline ??= value; break
      case 'URL': case 'LINK': meta.url ??= value; break
      case 'DATE': case 'PUBLISHED': { const d = parseDate(value); if (d) meta.published ??= { iso: d.iso }; break }
      case 'AUTHOR': case 'AUTHORS': case 'BYLINE': meta.authors ??= value.split(/\s*(?:,|;|\band\b)\s*/).filter(Boolean).map((name) => ({ name, location: null })); break
      case 'SOURCE': case 'OUTLET': case 'SITE': meta.outlet ??= value; break
      case 'PUBLISHER': meta.publisher ??= value; break
      case 'SECTION': meta.section ??= value; break
      case 'LANGUAGE': case 'LANG': meta.language ??= value; break
    }
  }
  return { count, meta }
}

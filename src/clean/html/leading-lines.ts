import type { Block } from './blocks.js'
import { parseByline } from './authors.js'
import { toIsoDate } from './dates.js'

const BYLINE = /^(?:by|von|par|por|di|door)\s+\p{Lu}/iu
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

/** The page's header repeated at the top of the body: the headline, a "By …" line, a bare date.
 *  Only the first few blocks are looked at, so the same words later in the story stay. */
export function dropLeadingHeader(blocks: readonly Block[], headline: string | null): Block[] {
  const h = headline ? norm(headline) : null
  let i = 0
  while (i < Math.min(blocks.length, 4)) {
    const t = blocks[i]!.text
    const isHeader = (h !== null && norm(t) === h) || isByline(t) || (t.length <= 40 && toIsoDate(t) !== null)
    if (!isHeader) break
    i++
  }
  return i ? blocks.slice(i) : [...blocks]
}

/** "By Jane Roe and John Doe, Reuters" — not "By Tuesday evening, police had arrested 14 people." */
function isByline(t: string): boolean {
  return t.length <= 120 && BYLINE.test(t) && !/[.!?]["”’]?$/.test(t) && parseByline(t).length > 0
}

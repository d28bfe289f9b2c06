import { classAndId } from './prune.js'
import { linkDensity, type Stat } from './measure.js'

// Class/id words that make an element more or less likely to hold the article (a weight, not a removal).
const POSITIVE = /article|body|content|entry|main|post|story|text|prose|blog/
const NEGATIVE = /comment|foot|masthead|media|meta|promo|related|share|sidebar|sponsor|widget|tool|byline|author|caption|gallery|video|nav|menu|banner/
const PARAGRAPHS = new Set(['P', 'PRE', 'TD'])
const LEAF_BLOCKS = new Set(['DIV', 'SECTION', 'ARTICLE'])
const TAG_BASE: Record<string, number> = { DIV: 5, ARTICLE: 8, SECTION: 2, MAIN: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3, FORM: -3, OL: -3, UL: -3, DL: -3, TH: -5, H1: -5, H2: -5, H3: -5 }

export function classWeight(el: Element): number {
  const c = classAndId(el)
  const marked = el.getAttribute('itemprop') === 'articleBody' ? 40 : 0
  if (!c) return marked
  return marked + (POSITIVE.test(c) ? 25 : 0) - (NEGATIVE.test(c) ? 25 : 0)
}

/** Paragraph-like elements vote for their ancestors (parent fully, then 1/2, 1/6): the element where
 *  many long, comma-rich paragraphs meet is the article's container. Returns candidates, best first. */
export function scoreCandidates(stats: Map<Element, Stat>): { el: Element; score: number }[] {
  const scored = new Set<Element>()
  for (const [el, s] of stats) {
    let vote: number, a: Element | null
    if (PARAGRAPHS.has(el.tagName) || (LEAF_BLOCKS.has(el.tagName) && !s.hasBlock)) {
      if (s.len < 25) continue
      vote = 1 + s.commas + Math.min(3, Math.floor(s.len / 100))
      a = el.parentElement
    } else if (s.hasBlock && s.ownLen >= 25 && el.tagName !== 'BODY') {
      // Text runs between block children count as paragraphs of this element.
      vote = 1 + s.ownCommas + Math.min(3, Math.floor(s.ownLen / 100))
      a = el
    } else continue
    for (let level = 0; a && level < 3; level++, a = a.parentElement) {
      const as = stats.get(a)
      if (!as) break
      if (!scored.has(a)) { scored.add(a); as.score = (TAG_BASE[a.tagName] ?? 0) + classWeight(a) }
      as.score += vote / (level === 0 ? 1 : level === 1 ? 2 : level * 3)
    }
  }
  return [...scored].map((el) => ({ el, score: stats.get(el)!.score * (1 - linkDensity(stats.get(el))) })).sort((a, b) => b.score - a.score)
}

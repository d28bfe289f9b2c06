import type { Caption } from '../../article/types.js'
import { collectBlocks, type Block } from './blocks.js'
import { fold } from './dom.js'
import { linkDensity, measure, type Stat } from './measure.js'
import { dropBoilerplate, dropNonProse, textLength, type PruneLog } from './prune.js'
import { scoreCandidates } from './score.js'

export interface Body { blocks: Block[]; captions: Caption[]; root: Element | null; pruned: PruneLog }

/** Body text under this many characters means the page carries no article (a front page, an error page). */
export const MIN_ARTICLE_CHARS = 140

/** The article's prose: prune non-prose and furniture, score containers, join the best one's siblings. */
export function extractBody(document: Document): Body {
  const body = document.body ?? document.documentElement
  const pruned: PruneLog = new Map()
  const captions: Caption[] = []
  if (!body) return { blocks: [], captions, root: null, pruned }
  dropNonProse(body, pruned)
  dropBoilerplate(body, textLength(body) * 0.3, pruned)
  const stats = measure(body)
  const candidates = scoreCandidates(stats)
  const top = candidates[0]
  if (!top) return { blocks: [], captions, root: null, pruned }
  const roots = withSiblings(top.el, top.score, stats)
  const blocks = collectBlocks(roots, stats, captions)
  const chars = blocks.reduce((n, b) => n + b.text.length, 0)
  return chars < MIN_ARTICLE_CHARS ? { blocks: [], captions, root: null, pruned } : { blocks, captions, root: top.el, pruned }
}

/** Siblings of the best container that also read like article text (split bodies, continuation blocks). */
function withSiblings(top: Element, topScore: number, stats: Map<Element, Stat>): Element[] {
  const parent = top.parentElement
  if (!parent) return [top]
  const threshold = Math.max(10, topScore * 0.2)
  const out: Element[] = []
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === top) { out.push(s); continue }
    const st = stats.get(s)
    if (!st || !st.len) continue
    const ld = linkDensity(st)
    if (st.score * (1 - ld) >= threshold) { out.push(s); continue }
    if (s.tagName !== 'P') continue
    if (st.len > 80 && ld < 0.25) out.push(s)
    else if (st.len <= 80 && ld === 0 && /\.( |$)/.test(fold(s.textContent ?? ''))) out.push(s)
  }
  return out
}

import type { Caption } from '../../article/types.js'
import { collectBlocks, type Block } from './blocks.js'
import { figureCaptions } from './captions.js'
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
  // A bare text fragment (a feed item without markup) has no paragraph elements to vote: the body is the text.
  if (!candidates[0] && (stats.get(body)?.ownLen ?? 0) >= 25) candidates.push({ el: body, score: 1 })
  if (!candidates[0]) return { blocks: [], captions, root: null, pruned }
  const top = { el: commonContainer(candidates), score: candidates[0].score }
  const roots = withSameClass(withSiblings(top.el, top.score, stats), top.el, top.score, stats)
  const blocks = collectBlocks(roots, stats)
  captions.push(...figureCaptions(top.el))
  const chars = blocks.reduce((n, b) => n + b.text.length, 0)
  return chars < MIN_ARTICLE_CHARS ? { blocks: [], captions, root: null, pruned } : { blocks, captions, root: top.el, pruned }
}

/** When several of the best candidates sit in one ancestor of the best (a body split into cards or
 *  sections), that ancestor is the container. */
function commonContainer(candidates: readonly { el: Element; score: number }[]): Element {
  const top = candidates[0]!
  const close = candidates.slice(1, 5).filter((c) => c.score >= top.score * 0.75).map((c) => c.el)
  if (close.length < 2) return top.el
  for (let a = top.el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
    if (close.filter((c) => a.contains(c)).length >= 2) return a
  }
  return top.el
}

/** Parts of a body split by figures or ads into containers with the same tag and class as the best one. */
function withSameClass(roots: Element[], top: Element, topScore: number, stats: Map<Element, Stat>): Element[] {
  const cls = top.getAttribute('class')
  if (!cls) return roots
  const extra: Element[] = []
  for (const [el, st] of stats) {
    if (el === top || el.tagName !== top.tagName || el.getAttribute('class') !== cls) continue
    if (st.score * (1 - linkDensity(st)) < topScore * 0.1 || roots.some((r) => r.contains(el) || el.contains(r))) continue
    if (extra.some((r) => r.contains(el))) continue
    extra.push(el)
  }
  if (!extra.length) return roots
  // Document order: stats was filled bottom-up, so order by position instead.
  return [...roots, ...extra].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))
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
    // Paragraph-like siblings: <p>s, and <div>s without block children (CMSs that write paragraphs as divs).
    if (s.tagName !== 'P' && !(s.tagName === 'DIV' && !st.hasBlock)) continue
    if (st.len > 80 && ld < 0.25) out.push(s)
    else if (st.len <= 80 && ld === 0 && /\.( |$)/.test(fold(s.textContent ?? ''))) out.push(s)
  }
  return out
}

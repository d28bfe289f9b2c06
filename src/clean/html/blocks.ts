import type { Paragraph } from '../../article/index.js'
import { isBoilerplatePhrase } from './boilerplate.js'
import { ELEMENT, TEXT, fold } from './dom.js'
import { BLOCK_TAGS, linkDensity, type Stat } from './measure.js'

export interface Block { text: string; kind: Paragraph['kind'] }

const HEADING = /^H[2-6]$/

function kindFor(tag: string, parent: Paragraph['kind']): Paragraph['kind'] {
  if (tag === 'BLOCKQUOTE') return 'quote'
  if (HEADING.test(tag)) return 'heading'
  if (tag === 'LI' && parent !== 'quote') return 'list'
  return parent
}

/** The prose of the chosen elements as blocks in document order. Blocks that are mostly links
 *  (related-story lists, tag clouds) and boilerplate phrases are left out, and so are figures. */
export function collectBlocks(roots: readonly Element[], stats: Map<Element, Stat>): Block[] {
  const blocks: Block[] = []
  let buf: string[] = []
  const flush = (kind: Paragraph['kind']) => {
    if (!buf.length) return
    const raw = buf.join('')
    buf = []
    for (const piece of raw.split(/\u2028\s*\u2028/)) {
      const text = fold(piece)
      if (text && !isBoilerplatePhrase(text)) blocks.push({ text, kind })
    }
  }
  const walk = (el: Element, kind: Paragraph['kind']) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) { buf.push((c as Text).data); continue }
      if (c.nodeType !== ELEMENT) continue
      const child = c as Element
      const tag = child.tagName
      if (tag === 'BR') { buf.push('\u2028'); continue } // two line breaks in a row end a paragraph
      if (tag === 'FIGURE' || tag === 'FIGCAPTION') { flush(kind); continue } // captions are read by `figureCaptions`
      if (tag === 'H1' || tag === 'IMG') continue
      if (!BLOCK_TAGS.has(tag)) { walk(child, kind); continue }
      flush(kind)
      if (kind !== 'quote' && tag !== 'BLOCKQUOTE' && isLinkList(stats.get(child), tag === 'P')) continue // embedded posts (tweets) are quotes, links and all
      const k = kindFor(tag, kind)
      walk(child, k)
      flush(k)
    }
  }
  for (const root of roots) { walk(root, kindFor(root.tagName, 'p')); flush(kindFor(root.tagName, 'p')) }
  return blocks
}

/** Mostly links and little else: related-story lists, tag clouds, "Read more: …" lines. A block whose
 *  links are a lead-in to real text (a linked first sentence, a name with a pop-up) is kept. */
function isLinkList(s: Stat | undefined, paragraph: boolean): boolean {
  const d = linkDensity(s)
  const plain = s ? s.len - s.linkLen : 0
  // A <p> often links half its words ("… was <a>sentenced to life</a>."); only a line that is nearly all link goes.
  return paragraph ? d > 0.8 || (d > 0.5 && plain < 20) : d > 0.75 || (d > 0.5 && plain < 60)
}

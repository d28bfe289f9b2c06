import { ELEMENT, TEXT } from './dom.js'

/** Per-element text statistics from one bottom-up pass: the inputs to scoring and link-density filters. */
export interface Stat {
  len: number; linkLen: number; commas: number; hasBlock: boolean; score: number
  /** Text outside block children (a body written as text runs between <h2>s and <div>s). */
  ownLen: number; ownCommas: number
}

export const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL'])

const COMMA = /[,，、،]/g

export function measure(root: Element): Map<Element, Stat> {
  const stats = new Map<Element, Stat>()
  const visit = (el: Element, inLink: boolean): Stat => {
    const s: Stat = { len: 0, linkLen: 0, commas: 0, hasBlock: false, score: 0, ownLen: 0, ownCommas: 0 }
    const link = inLink || el.tagName === 'A'
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) {
        const t = (c as Text).data
        const n = t.trim().length
        if (!n) continue
        s.len += n
        if (link) s.linkLen += n
        const commas = t.match(COMMA)?.length ?? 0
        s.commas += commas; s.ownLen += n; s.ownCommas += commas
      } else if (c.nodeType === ELEMENT) {
        const cs = visit(c as Element, link)
        s.len += cs.len; s.linkLen += cs.linkLen; s.commas += cs.commas
        if (BLOCK_TAGS.has((c as Element).tagName)) s.hasBlock = true
        else { s.ownLen += cs.len; s.ownCommas += cs.commas }
      }
    }
    stats.set(el, s)
    return s
  }
  visit(root, false)
  return stats
}

export function linkDensity(s: Stat | undefined): number {
  return s && s.len ? s.linkLen / s.len : 0
}

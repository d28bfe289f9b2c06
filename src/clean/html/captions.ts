import type { Caption } from '../../article/types.js'
import { fold } from './dom.js'

const CREDIT_CLASS = /credit|copyright|source|byline|attribution|photographer/
// A credit written into the caption text: "… Photo: Jane Roe/Agency", "… (Credit: X)", "… © X".
const CREDIT_TEXT = /\s*[([]?\s*(?:(?:photo(?:graph)?|image|picture|credit|foto|illustration)s?(?:\s+credit)?\s*(?:[:：]|\.{2,}|…)|©)\s*([^)\]]+?)[)\]]?\s*$/i

/** A figure's caption with its credit split off (credit element by class, else a credit phrase). */
export function figureCaption(figure: Element): Caption | null {
  const cap = figure.tagName === 'FIGCAPTION' ? figure : figure.querySelector('figcaption')
  if (!cap) return null
  let credit: string | null = null
  const parts: string[] = []
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data)
      else if (c.nodeType === 1) {
        const el = c as Element
        if (!credit && CREDIT_CLASS.test((el.getAttribute('class') ?? '').toLowerCase())) credit = fold(el.textContent ?? '') || null
        else { parts.push(' '); walk(el); parts.push(' ') }
      }
    }
  }
  walk(cap)
  let text = fold(parts.join(''))
  if (!credit) {
    const m = CREDIT_TEXT.exec(text)
    if (m) { credit = fold(m[1]!); text = text.slice(0, m.index).trim() }
  }
  if (credit) credit = credit.replace(/^(?:photo(?:graph)?|image|credit)s?\s*(?:[:：]|\.{2,}|…)\s*/i, '').replace(/^©\s*/, '')
  return text || credit ? { text, credit: credit || null } : null
}

/** Captions of the article's figures: those inside the <article> (or <main>) around the body, which
 *  includes a lead image above the text, else those inside the body itself. Pruned furniture is gone. */
export function figureCaptions(root: Element): Caption[] {
  const scope = root.closest('article') ?? root.closest('main') ?? root
  const out: Caption[] = []
  for (const fig of Array.from(scope.querySelectorAll('figure'))) {
    const cap = figureCaption(fig)
    if (cap && !out.some((c) => c.text === cap.text)) out.push(cap)
  }
  return out
}

import { ARTICLE_MARKERS, DROP_ROLES, DROP_TAGS, boilerplateRule } from './boilerplate.js'
import { ELEMENT } from './dom.js'

/** What pruning removed, by rule id (for debugging a page: `ENTENTE_DEBUG_HTML=1`). */
export type PruneLog = Map<string, number>

/** Elements nested deeper than this are dropped (pathological pages); keeps every later recursive walk shallow. */
export const MAX_DEPTH = 400

/** Pass 1: elements that are never prose (scripts, forms, navigation landmarks, hidden parts).
 *  Iterative, so a page of 100,000 nested <div>s cannot overflow the stack. */
export function dropNonProse(root: Element, log: PruneLog): void {
  const stack: [Element, number][] = [[root, 0]]
  while (stack.length) {
    const [el, depth] = stack.pop()!
    let child = el.firstElementChild
    while (child) {
      const next = child.nextElementSibling
      const rule = depth >= MAX_DEPTH ? 'too-deep' : nonProseRule(child)
      if (rule) { child.remove(); log.set(rule, (log.get(rule) ?? 0) + 1) }
      else stack.push([child, depth + 1])
      child = next
    }
  }
}

function nonProseRule(el: Element): string | null {
  if (DROP_TAGS.has(el.tagName)) return `tag/${el.tagName.toLowerCase()}`
  // Some CMSs wrap the whole page in one <form>; only small forms (search, sign-up, comment) are dropped.
  if (el.tagName === 'FORM' && textLength(el) < 300) return 'tag/form'
  const role = el.getAttribute('role')
  if (role && DROP_ROLES.has(role)) return `role/${role}`
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 'hidden'
  const style = el.getAttribute('style')
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden'
  return null
}

/** Pass 2: page furniture named by class/id (share bars, related links, newsletter boxes, ads…).
 *  An element holding much of the page's text, or holding an element marked as the article body,
 *  is kept whatever its name: it is the article's wrapper ("widget blog", "main has-sidebar"). A "social"
 *  box holding a blockquote is an embedded post (a quoted tweet), which is article content. */
export function dropBoilerplate(root: Element, protectChars: number, log: PruneLog): void {
  let child = root.firstElementChild
  while (child) {
    const next = child.nextElementSibling
    // A caption keeps its parts (credit, source): they are read into meta.captions, never into the body.
    if (child.tagName === 'FIGCAPTION') { child = next; continue }
    const rule = boilerplateRule(classAndId(child))
    if (rule && textLength(child) < protectChars && !child.querySelector(ARTICLE_MARKERS) && !(rule === 'bp/share' && child.querySelector('blockquote'))) { child.remove(); log.set(rule, (log.get(rule) ?? 0) + 1) }
    else dropBoilerplate(child, protectChars, log)
    child = next
  }
}

/** `class` and `id`, lower-cased, camelCase split with hyphens ("imageEmbedCredit" → "image-embed-credit")
 *  so that the class words match however a CMS spells them. */
export function classAndId(el: Element): string {
  const c = el.getAttribute('class'), id = el.getAttribute('id')
  const s = c ? (id ? `${c} ${id}` : c) : id ?? ''
  return s ? s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase() : ''
}

/** Characters of text under an element (each text node trimmed); iterative. */
export function textLength(el: Element): number {
  let n = 0
  let node: Node | null = el.firstChild
  while (node) {
    if (node.nodeType === 3) n += (node as Text).data.trim().length
    else if (node.nodeType === ELEMENT && node.firstChild) { node = node.firstChild; continue }
    while (node && !node.nextSibling) { node = node.parentNode; if (!node || node === el) return n }
    node = node!.nextSibling
  }
  return n
}

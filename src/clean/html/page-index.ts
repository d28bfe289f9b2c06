/** The elements metadata is read from, gathered in one walk over the page instead of a query each. */
export interface PageIndex {
  metas: Map<string, string[]>   // <meta> content by lower-cased name/property/itemprop, in order
  jsonLd: string[]               // texts of <script type="application/ld+json">
  canonical: string | null       // <link rel="canonical" href>
  h1: Element | null
  time: Element | null           // first <time datetime>
  bylines: Element[]             // rel/itemprop author, byline and author classes
}

const BYLINE_CLASS = /(?:^|\s)(?:byline|byline__name|author-name|article-author|author)(?=\s|$)/

export function indexPage(document: Document): PageIndex {
  const ix: PageIndex = { metas: new Map(), jsonLd: [], canonical: null, h1: null, time: null, bylines: [] }
  const root = document.documentElement
  if (!root) return ix
  const stack: Element[] = [root]
  while (stack.length) {
    const el = stack.pop()!
    switch (el.tagName) {
      case 'META': addMeta(ix.metas, el); break
      case 'SCRIPT': if (el.getAttribute('type') === 'application/ld+json') ix.jsonLd.push(el.textContent ?? ''); break
      case 'LINK': if (!ix.canonical && el.getAttribute('rel') === 'canonical') ix.canonical = el.getAttribute('href')?.trim() || null; break
      case 'H1': ix.h1 ??= el; break
      case 'TIME': if (!ix.time && el.hasAttribute('datetime')) ix.time = el; break
    }
    if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || BYLINE_CLASS.test(el.getAttribute('class') ?? '')) ix.bylines.push(el)
    // Children pushed last-first so elements come off the stack in document order.
    const kids: Element[] = []
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
  }
  return ix
}

function addMeta(metas: Map<string, string[]>, m: Element): void {
  const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase()
  const value = (m.getAttribute('content') ?? '').trim()
  if (!key || !value) return
  const list = metas.get(key)
  if (list) list.push(value)
  else metas.set(key, [value])
}

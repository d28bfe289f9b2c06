import { parseHTML } from 'linkedom'

/** Pages past this size are cut before parsing so a huge page stays time-bounded (linkedom parses ~3 MB/s here). */
export const MAX_PARSE_CHARS = 4 * 1024 * 1024

export interface ParsedPage { document: Document; truncatedFrom: number | null }

/** A real DOM for the page. Fragments (no <html>/<body>) are wrapped so they land in <body>. */
export function parseDocument(html: string): ParsedPage {
  let truncatedFrom: number | null = null
  if (html.length > MAX_PARSE_CHARS) html = dropScriptBodies(html)
  if (html.length > MAX_PARSE_CHARS) { truncatedFrom = html.length; html = html.slice(0, MAX_PARSE_CHARS) }
  // Only a sniff of the opening (long comment or script preambles happen): is there a document element?
  if (!/<(?:html|body)[\s>]/i.test(html.slice(0, 65536))) html = `<!doctype html><html><head></head><body>${html}</body></html>`
  const { document } = parseHTML(html) as unknown as { document: Document }
  return { document, truncatedFrom }
}

export const ELEMENT = 1, TEXT = 3

/** Text with runs of white space folded to one space. */
export function fold(s: string): string {
  return s.replace(/[\s\u00a0\u2009\u202f\u200b]+/g, ' ').trim()
}

export function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? ''
}

/** An oversized page is mostly inline scripts and styles (app state, bundles): empty them before parsing so
 *  the article further down still fits in the parse budget. JSON-LD is kept; it carries metadata. This only
 *  cuts raw-text element bodies at their end tag, which is where an HTML tokenizer ends them too. */
function dropScriptBodies(html: string): string {
  const lower = html.toLowerCase()
  const out: string[] = []
  let from = 0
  for (;;) {
    const script = lower.indexOf('<script', from), style = lower.indexOf('<style', from)
    const start = script < 0 ? style : style < 0 ? script : Math.min(script, style)
    if (start < 0) break
    const openEnd = lower.indexOf('>', start)
    const close = lower.indexOf(start === script ? '</script' : '</style', openEnd)
    if (openEnd < 0 || close < 0) break
    if (lower.slice(start, openEnd).includes('ld+json')) { out.push(html.slice(from, close)); from = close; continue }
    out.push(html.slice(from, openEnd + 1))
    from = close
  }
  out.push(html.slice(from))
  return out.join('')
}

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { toIsoDate } from '../clean/html/dates.js'
import { fold, parseDocument } from '../clean/html/dom.js'
import { InputError } from './errors.js'

/** One RSS/Atom item: its content (HTML) when the feed carries it, else a link to fetch. */
export interface FeedItem {
  location: string          // feed.xml#item 3
  title: string | null
  link: string | null
  date: string | null       // ISO 8601
  authors: string[]
  content: string | null    // full HTML body (content:encoded, Atom content)
  summary: string | null    // description / summary (often a teaser)
}

export type FeedEntry = { item: FeedItem; error?: undefined } | { error: InputError; item?: undefined }
export interface Feed { title: string | null; link: string | null; language: string | null; entries: FeedEntry[] }

const BODY_TAGS = ['content', 'content:encoded', 'description', 'summary']
const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', parseTagValue: false, trimValues: true,
  processEntities: true, htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator'].includes(name),
  // Bodies stay raw text: escaped HTML, CDATA and inline XHTML are all turned into HTML by `bodyHtml`.
  stopNodes: BODY_TAGS.flatMap((t) => [`*.item.${t}`, `*.entry.${t}`]),
})

/** Whether a document head looks like a feed (RSS 2.0, RSS 1.0/RDF, Atom). */
export function looksLikeFeed(head: string): boolean {
  const h = head.slice(0, 1024).replace(/^\uFEFF/, '').trimStart()
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<\?xml-stylesheet[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(h)
}

/** Parses a feed. A malformed item becomes an error entry with its location; the other items go through. */
export function parseFeed(xml: string, location: string): Feed {
  if (XMLValidator.validate(xml) === true) {
    const doc = parser.parse(xml) as Record<string, any>
    const channel = doc.rss?.channel ?? doc.feed ?? doc['rdf:RDF']?.channel ?? {}
    const items: any[] = doc.rss?.channel?.item ?? doc.feed?.entry ?? doc['rdf:RDF']?.item ?? []
    if (!doc.rss && !doc.feed && !doc['rdf:RDF']) throw new InputError('feed/not-a-feed', 'the XML document is not an RSS or Atom feed', location)
    const language = text(channel.language) ?? text(channel['dc:language']) ?? text(doc.feed?.['@_xml:lang'])
    return { title: text(channel.title), link: linkOf(channel.link), language, entries: items.map((it, i) => toEntry(it, `${location}#item ${i + 1}`)) }
  }
  return parseItemByItem(xml, location)
}

/** The document is not well-formed: parse each <item>/<entry> on its own so one broken item does not sink the feed. */
function parseItemByItem(xml: string, location: string): Feed {
  const tag = /<entry[\s>]/.test(xml) && !/<item[\s>]/.test(xml) ? 'entry' : 'item'
  const entries: FeedEntry[] = []
  let from = 0
  for (let n = 1; ; n++) {
    const start = findOpen(xml, tag, from)
    if (start < 0) break
    const nextStart = findOpen(xml, tag, start + 1)
    const close = xml.indexOf(`</${tag}>`, start)
    const end = close >= 0 && (nextStart < 0 || close < nextStart) ? close + tag.length + 3 : nextStart < 0 ? xml.length : nextStart
    const chunk = xml.slice(start, end)
    const loc = `${location}#item ${n}`
    const valid = XMLValidator.validate(chunk)
    if (valid === true) {
      const parsed = parser.parse(`<x>${chunk}</x>`) as { x: Record<string, any[]> }
      entries.push(toEntry(parsed.x[tag]![0], loc))
    } else {
      entries.push({ error: new InputError('feed/broken-item', `malformed XML in this item (${valid.err.msg.replace(/ \(opened in line.*?\)/, '')})`, loc) })
    }
    from = end
  }
  if (!entries.length) throw new InputError('feed/malformed', 'the feed is not well-formed XML and no items could be read', location)
  const head = xml.slice(0, Math.max(0, findOpen(xml, tag, 0)))
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(head)?.[1]?.trim() || null
  return { title, link: null, language: null, entries }
}

function findOpen(xml: string, tag: string, from: number): number {
  for (let i = xml.indexOf(`<${tag}`, from); i >= 0; i = xml.indexOf(`<${tag}`, i + 1)) {
    const c = xml[i + tag.length + 1]
    if (c === '>' || c === ' ' || c === '\n' || c === '\t' || c === '\r') return i
  }
  return -1
}

function toEntry(it: Record<string, any> | undefined, location: string): FeedEntry {
  if (!it || typeof it !== 'object') return { error: new InputError('feed/empty-item', 'the item is empty', location) }
  const content = bodyHtml(it['content:encoded']) ?? bodyHtml(it.content)
  const summary = bodyHtml(it.description) ?? bodyHtml(it.summary)
  const link = linkOf(it.link) ?? (it.guid && it.guid['@_isPermaLink'] !== 'false' && /^https?:/.test(text(it.guid) ?? '') ? text(it.guid) : null)
  const title = text(it.title)
  if (!content && !summary && !link) return { error: new InputError('feed/empty-item', 'the item has no content, summary or link', location) }
  const authors = [...(it['dc:creator'] ?? []).map(text), ...(it.author ?? []).map((a: any) => text(a?.name ?? a))]
    .filter((a): a is string => !!a).map((a) => a.replace(/^\S+@\S+\s+\((.+)\)$/, '$1')) // RSS "email (Name)"
  const rawDate = text(it.pubDate) ?? text(it.published) ?? text(it['dc:date']) ?? text(it.updated)
  return { item: { location, title, link, date: toIsoDate(rawDate), authors, content, summary } }
}

function text(v: unknown): string | null {
  if (v == null) return null
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null
  if (typeof v !== 'object') return null
  const o = v as Record<string, unknown>
  const t = text(o['#text'])
  // Atom `type="html"` text is escaped HTML ("Mayor &amp; council"): read it as HTML.
  return t && (o['@_type'] === 'html' || o['@_type'] === 'xhtml') ? fold(parseDocument(t).document.body?.textContent ?? t) || null : t
}

/** RSS `<link>` text, or the Atom `<link rel="alternate" href>` (or the first link without rel). */
function linkOf(v: unknown): string | null {
  const list = Array.isArray(v) ? v : v == null ? [] : [v]
  const alt = list.find((l) => typeof l === 'object' && l && (!l['@_rel'] || l['@_rel'] === 'alternate') && l['@_href'])
  if (alt) return String(alt['@_href'])
  for (const l of list) { const t = typeof l === 'string' ? l.trim() : null; if (t) return t }
  return null
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** A raw body (stop node) as HTML: XHTML is used as is; CDATA is unwrapped; escaped HTML is unescaped. */
function bodyHtml(v: unknown): string | null {
  const node = Array.isArray(v) ? v[0] : v
  const raw = typeof node === 'object' && node ? text((node as Record<string, unknown>)['#text']) : text(node)
  if (!raw) return null
  const type = typeof node === 'object' && node ? (node as Record<string, string>)['@_type'] : undefined
  if (type === 'xhtml') return raw
  if (raw.includes('<![CDATA[')) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').trim() || null
  if (type === 'text') return `<p>${raw}</p>`
  return raw.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : XML_ENTITIES[e.toLowerCase()] ?? m)
}

import type { ArticleMeta, Caption, Person } from '../article/types.js'
import { cleanBlocks } from './clip/clean-clip.js'
import type { Block } from './clip/blocks.js'
import { parseDate } from './clip/dates.js'
import { splitFrontMatter, type FrontValue } from './markdown-front-matter.js'
import type { Cleaner } from './types.js'

const IMAGE_ONLY = /^!\[([^\]]*)\]\([^)\s]*(?:\s+"([^"]*)")?\)$/

/** Markdown (often with YAML front matter): front matter fills metadata; the body goes through the clip rules. */
export const cleanMarkdown: Cleaner = (input, ctx) => {
  const fm = splitFrontMatter(input.content)
  const preset = metaFromFrontMatter(fm.data)
  const captions: Caption[] = []
  const blocks: Block[] = []
  for (const chunk of fm.body.split(/\r?\n[\t ]*\r?\n/)) {
    const lines = chunk.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    if (!lines.length) continue
    if (/^(```|~~~)/.test(lines[0]!)) continue // code is not prose
    if (/^#{1,6}\s/.test(lines[0]!) && lines.length === 1) { blocks.push({ raw: lines[0]!.replace(/^#{1,6}\s+|\s+#+$/g, ''), kind: 'heading', afterBlank: true }); continue }
    if (lines.every((l) => /^[-*+]\s|^\d+[.)]\s/.test(l))) {
      for (const l of lines) blocks.push({ raw: l.replace(/^[-*+]\s+|^\d+[.)]\s+/, ''), kind: 'list', afterBlank: true })
      continue
    }
    const image = IMAGE_ONLY.exec(lines.join(' '))
    if (image) { const text = (image[2] || image[1] || '').trim(); if (text) captions.push({ text, credit: null }); continue }
    const quote = lines.every((l) => l.startsWith('>'))
    const raw = lines.map((l) => l.replace(/^>\s?/, '')).join(' ')
    blocks.push({ raw, kind: quote ? 'quote' : 'p', afterBlank: true })
  }
  const out = cleanBlocks(blocks, input, ctx, { ...preset, captions })
  if (fm.error) out.messages.unshift({ code: 'markdown/front-matter', reason: `line ${fm.error.line}: ${fm.error.reason}`, severity: 'warning', place: null })
  return out
}

function metaFromFrontMatter(d: Record<string, FrontValue>): Partial<ArticleMeta> {
  const str = (...keys: string[]) => {
    for (const k of keys) {
      const v = d[k]
      if (typeof v === 'string' && v.trim()) return v.trim()
      if (typeof v === 'number') return String(v)
      if (Array.isArray(v) && typeof v[0] === 'string') return v[0]
    }
    return null
  }
  const meta: Partial<ArticleMeta> = {}
  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K] | null) => { if (value !== null) meta[key] = value }
  set('headline', str('title', 'headline'))
  set('standfirst', str('description', 'summary', 'standfirst', 'subtitle', 'excerpt'))
  set('section', str('section', 'category', 'categories'))
  // Web clippers (Obsidian and others) put the page URL in `source`.
  const source = str('source')
  const isUrl = source !== null && /^https?:\/\//i.test(source)
  set('url', str('url', 'link', 'source_url', 'canonical') ?? (isUrl ? source : null))
  set('outlet', str('outlet', 'site', 'site_name') ?? (isUrl ? null : source))
  set('publisher', str('publisher'))
  set('language', str('lang', 'language'))
  const published = str('date', 'published', 'pubDate', 'published_at', 'created')
  if (published) { const p = parseDate(published); meta.published = { iso: p?.iso ?? null, relative: p ? null : published } }
  const modified = str('updated', 'modified', 'lastmod', 'updated_at')
  if (modified) meta.modified = parseDate(modified)?.iso ?? null
  const year = d.copyright ?? d.copyrightYear
  if (typeof year === 'number') meta.copyrightYear = year
  const authors = people(d.authors ?? d.author ?? d.byline)
  if (authors.length) meta.authors = authors
  const contributors = people(d.contributors)
  if (contributors.length) meta.contributors = contributors
  return meta
}

function people(v: FrontValue | undefined): Person[] {
  if (v == null) return []
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s*(?:,|;|\band\b)\s*/) : [v]
  const out: Person[] = []
  for (const p of list) {
    // "[[Jane Doe]]" is a wiki link to the author's note.
    if (typeof p === 'string' && p.trim()) out.push({ name: p.trim().replace(/^\[\[(.*)\]\]$/, '$1'), location: null })
    else if (p && typeof p === 'object' && !Array.isArray(p) && typeof p.name === 'string') out.push({ name: p.name, location: typeof p.location === 'string' ? p.location : null })
  }
  return out
}

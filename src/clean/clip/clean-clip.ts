import type { RawInput } from '../../article/index.js'
import type { ArticleMeta, Caption, Message, Person } from '../../article/types.js'
import { TextBuilder } from '../build-text.js'
import type { CleanOutput } from '../types.js'
import { LINK_ONLY, splitClipBlocks, type Block } from './blocks.js'
import { classifyBlock, isProse, type Role } from './classify.js'
import { readClipHeader } from './clip-header.js'
import { parseBareName } from './byline.js'
import { matchDateline } from './dateline.js'
import { isGap, makeGap } from './gaps.js'
import { readHeaderLines } from './header.js'
import { startsWithLink, stripInline } from './inline.js'
import { detectLanguage } from './language.js'

/** `linkOnly`: the whole block is one link — a section tag in the header, a related-story link in the body. */
interface Item { block: Block; text: string; role: Role; duplicate: boolean; linkOnly: boolean }

/** How many leading blocks may still be page header (bylines and dates further down belong to the body). */
const HEADER_REACH = 10

/** Web-clipped text (the seed's shape and other outlets' conventions): metadata out, body prose in order. */
export function cleanClip(input: RawInput, ctx: { capturedAt: string | null }): CleanOutput {
  return cleanBlocks(splitClipBlocks(input.content), input, ctx)
}

export function cleanBlocks(blocks: Block[], input: RawInput, ctx: { capturedAt: string | null }, preset: Partial<ArticleMeta> = {}): CleanOutput {
  const header = readClipHeader(blocks)
  const meta: Partial<ArticleMeta> & { captions: Caption[]; authors: Person[]; contributors: Person[] } = {
    ...header.meta, ...preset,
    captions: [...(preset.captions ?? [])], authors: [...(preset.authors ?? header.meta.authors ?? [])], contributors: [...(preset.contributors ?? [])], gaps: [],
  }
  const messages: Omit<Message, 'stage'>[] = []
  const items: Item[] = blocks.slice(header.count).map((block) => {
    const text = stripInline(block.raw)
    return { block, text, role: text ? classifyBlock(text, ctx.capturedAt) : { role: 'boilerplate', rule: 'empty' }, duplicate: false, linkOnly: LINK_ONLY.test(block.raw) }
  })
  // Clippers often keep an image's alt text and its caption: the same line twice in a row.
  for (let i = 1; i < items.length; i++) if (items[i]!.text === items[i - 1]!.text && items[i]!.role.role === 'text') { items[i]!.duplicate = true; items[i - 1]!.duplicate = true }

  const bodyStart = findBodyStart(items)
  let knownHeadline = meta.headline ?? input.hints?.headline ?? null
  const headerTexts: string[] = []
  for (let i = 0; i < bodyStart; i++) {
    const it = items[i]!
    if (it.role.role !== 'text') continue
    if (it.duplicate) {
      // A line printed twice right above the body is an image's alt text and caption; higher up
      // (more header lines follow) it is the page title and heading, so the headline.
      if (items[i - 1]?.text === it.text) continue
      if (!headerTextFollows(items, i + 2, bodyStart)) { meta.captions.push({ text: it.text, credit: null }); continue }
      knownHeadline ??= it.text
    }
    const person = nextToDate(items, i) ? parseBareName(it.text) : null
    if (person) { meta.authors.push(person); continue }
    headerTexts.push(it.text)
  }
  const lines = readHeaderLines(headerTexts, knownHeadline)
  meta.section ??= lines.section
  // A title the clip declared (front matter, KEY: value header) wins over one guessed from the lines.
  meta.headline ??= lines.headline
  meta.standfirst ??= lines.standfirst

  const b = new TextBuilder()
  let prev: { text: string } | null = null
  let pendingCredit: string | null = null
  let ended = false
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!, r = it.role
    if (r.role === 'caption') {
      if (r.caption.creditOnly) {
        const last = meta.captions[meta.captions.length - 1]
        if (last && !last.credit && i > 0 && items[i - 1]!.role.role === 'caption') last.credit = r.caption.credit
        else pendingCredit = r.caption.credit
      } else {
        if (!meta.captions.some((c) => sameCaption(c.text, r.caption.text))) meta.captions.push({ text: r.caption.text, credit: r.caption.credit ?? pendingCredit })
        pendingCredit = null
      }
      continue
    }
    if (r.role === 'copyright') { meta.publisher ??= r.copyright.publisher; meta.copyrightYear ??= r.copyright.year; if (i >= bodyStart) ended = true; continue }
    if (r.role === 'contributors') { meta.contributors.push(...r.people); continue }
    if (r.role === 'published') {
      const when = r.published
      if (when.kind === 'modified') meta.modified ??= when.iso
      else if (!meta.published?.iso && !meta.published?.relative) meta.published = { relative: when.relative, iso: when.iso }
      continue
    }
    if (r.role === 'byline') {
      if (i > bodyStart + 2 && b.paragraphs.length > 2) { addBody(it); continue }
      if (!meta.authors.length) meta.authors.push(...r.byline.authors)
      if (r.byline.published && !meta.published?.iso && !meta.published?.relative) meta.published = r.byline.published
      continue
    }
    if (r.role === 'boilerplate' || i < bodyStart || ended || it.linkOnly) continue
    if (it.duplicate) {
      // A repeated line that is not prose is an image's alt text plus its caption; repeated prose is a scraper's double.
      const first = !items[i - 1]?.duplicate || items[i - 1]!.text !== it.text
      if (!isProse(it.text)) { if (first) meta.captions.push({ text: it.text, credit: null }); continue }
      if (!first) continue
    }
    addBody(it)
  }

  function addBody(it: Item): void {
    let text = it.text
    if (!b.paragraphs.length && !meta.dateline) {
      const d = matchDateline(text)
      if (d && d.length < text.length) { meta.dateline = { place: d.place, agency: d.agency }; text = text.slice(d.length) }
    }
    const before = prev
    const start = b.add(text, it.block.kind)
    if (start < 0) return
    if (before && isGap(before.text, text, startsWithLink(it.block.raw))) {
      const gap = makeGap(start, before.text, text)
      meta.gaps!.push(gap)
      messages.push({ code: 'clip/gap', reason: `text is missing between "${gap.before}" and "${gap.after}" (the clip cut a paragraph)`, severity: 'warning', place: { start: start - 2, end: start } })
    }
    prev = { text }
  }

  const text = b.toString()
  meta.language ??= input.hints?.language ?? detectLanguage(text)
  return { text, paragraphs: b.paragraphs, meta, messages }
}

/** The body starts at the first prose block after the page header (headline, standfirst, captions, byline, date). */
function findBodyStart(items: readonly Item[]): number {
  let lastHeaderMeta = -1, prose = 0
  for (let i = 0; i < items.length && i < HEADER_REACH; i++) {
    const r = items[i]!.role.role
    if (r === 'byline' || r === 'published') lastHeaderMeta = i
    if (r === 'text' && isProse(items[i]!.text) && ++prose >= 3) break
  }
  for (let i = lastHeaderMeta + 1; i < items.length; i++) if (items[i]!.role.role === 'text' && isProse(items[i]!.text)) return i
  return Math.max(0, lastHeaderMeta + 1)
}

function headerTextFollows(items: readonly Item[], from: number, bodyStart: number): boolean {
  for (let j = from; j < bodyStart; j++) if (items[j]!.role.role === 'text') return true
  return false
}

/** The same caption printed twice, once with curly quotes. */
function sameCaption(a: string, b: string): boolean {
  const key = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
  return a === b || key(a) === key(b)
}

/** A lone name is a byline when a date line sits right above or below it. */
function nextToDate(items: readonly Item[], i: number): boolean {
  return items[i - 1]?.role.role === 'published' || items[i + 1]?.role.role === 'published'
}

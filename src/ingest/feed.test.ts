import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanHtml } from '../clean/html/index.js'
import { looksLikeFeed, parseFeed } from './feed.js'
import { readInputs, type ReadItem } from './read-inputs.js'

const DIR = new URL('../../test/fixtures/feeds/', import.meta.url)
const expected = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Record<string, Record<string, unknown>[]>

async function collect(specs: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = []
  for await (const item of readInputs(specs, opts)) out.push(item)
  return out
}

describe('feeds', () => {
  for (const [file, entries] of Object.entries(expected)) {
    it(`${file}: items with content become HTML articles with the item's hints; broken and link-only items are reported`, async () => {
      const path = new URL(file, DIR).pathname
      const items = await collect([path])
      expect(items.map((i) => i.input?.source ?? i.error?.location)).toEqual(entries.map((e) => `${path}${e.source}`))
      entries.forEach((e, i) => {
        const item = items[i]!
        if (e.error) { expect(item.error?.code).toBe(e.error); return }
        const input = item.input!
        expect(input.format).toBe('html')
        expect(input.hints).toMatchObject({ headline: e.headline, date: e.date, url: e.url, outlet: e.outlet })
        expect(input.hints?.authors ?? []).toEqual(e.authors)
        const out = cleanHtml(input, { capturedAt: null })
        expect(out.text.startsWith(e.textStarts as string), out.text).toBe(true)
        expect(out.paragraphs).toHaveLength(e.paragraphs as number)
        expect(out.text).not.toContain('Share this story')
      })
    })
  }

  it("passes the channel's language to the items (RSS <language>, Atom xml:lang)", async () => {
    const items = await collect([new URL('atom.xml', DIR).pathname])
    expect(items.map((i) => i.input?.hints?.language)).toEqual(['en', 'en'])
    const feed = parseFeed('<rss version="2.0"><channel><title>Diário</title><language>pt-BR</language><item><title>Câmara aprova orçamento</title><content:encoded><![CDATA[<p>A câmara municipal aprovou nesta terça-feira o orçamento do próximo ano, com mais verbas para escolas e transporte.</p>]]></content:encoded></item></channel></rss>', 'pt.xml')
    expect(feed.language).toBe('pt-BR')
    const out = cleanHtml({ source: 'pt.xml#item 1', format: 'html', content: feed.entries[0]!.item!.content!, hints: { language: feed.language } }, { capturedAt: null })
    expect(out.meta.language).toBe('pt')
  })

  it('recognises RSS, RDF and Atom heads and nothing else', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true)
    expect(looksLikeFeed('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true)
    expect(looksLikeFeed('<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x">')).toBe(true)
    expect(looksLikeFeed('<?xml version="1.0"?><svg></svg>')).toBe(false)
    expect(looksLikeFeed('<!doctype html><html>')).toBe(false)
  })

  it('refuses an XML document that is not a feed, with its location', () => {
    expect(() => parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')).toThrow(/not an RSS or Atom feed/)
  })

  it('reads the items of a truncated feed that are complete and reports the cut one', () => {
    const xml = readFileSync(new URL('rss-full-content.xml', DIR), 'utf8')
    const cut = xml.slice(0, xml.indexOf('Volunteers will guide'))
    const feed = parseFeed(cut, 'cut.xml')
    expect(feed.title).toBe('Coastal Wire')
    expect(feed.entries.map((e) => e.item?.title ?? e.error?.code)).toEqual(['Port workers end three-day strike', 'feed/broken-item', 'Ministers meet on ferry subsidies', 'feed/broken-item'])
    expect(feed.entries[3]!.error!.location).toBe('cut.xml#item 4')
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../ingest/index.js'
import { extractArticle } from './index.js'

const PROSE = [
  'The regional assembly voted on Thursday to delay the new water tariff by six months, after farmers protested outside the building.',
  'Opposition members said the delay would cost the utility about 30 million in lost revenue, a figure the finance office disputed.',
  'A final vote is expected in the autumn session, when the assembly returns from its summer recess.',
]

describe('HTML cleaner on bad input', () => {
  it('malformed HTML (unclosed and stray tags, unquoted attributes) still yields the prose in order', () => {
    const html = `<html><body><div class=main><p>${PROSE[0]}<p>${PROSE[1]}</span></b><div><p>${PROSE[2]}</div></i></body>`
    const out = extractArticle(html)
    expect(out.paragraphs.map((p) => out.text.slice(p.start, p.end))).toEqual(PROSE)
  })

  it('a page truncated inside a tag keeps the paragraphs before the cut', () => {
    const full = `<!doctype html><html><head><title>Tariff delayed</title></head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>Unfinished <a href="https://exa`
    const out = extractArticle(full)
    expect(out.text.startsWith(PROSE.join('\n\n'))).toBe(true)
    expect(out.meta.headline).toBe('Tariff delayed')
  })

  it('a page truncated inside a <script> or comment does not crash', () => {
    for (const cut of ['<script>var x = "', '<!-- comment that never ends', '<style>p { color:']) {
      const out = extractArticle(`<html><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>${cut}`)
      expect(out.text).toContain(PROSE[2])
    }
  })

  it('a 30 MB page is parsed in bounded time, cut with a warning', () => {
    const filler = '<div class="promo-grid"><a href="/x">More stories from our partners today</a></div>'.repeat(420_000)
    const html = `<html><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>${filler}</body></html>`
    expect(html.length).toBeGreaterThan(30_000_000)
    const t0 = performance.now()
    const out = extractArticle(html)
    expect(performance.now() - t0).toBeLessThan(60_000) // ~2 s on an idle machine; the bound is for a shared, loaded one
    expect(out.messages.map((m) => m.code)).toContain('html/truncated')
    expect(out.text).toBe(PROSE.join('\n\n'))
  })

  it('pathologically deep nesting is cut with a warning instead of overflowing the stack', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${PROSE[0]}</p>${'</div>'.repeat(5000)}<article>${PROSE.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const out = extractArticle(html)
    expect(out.messages.map((m) => m.code)).toContain('html/too-deep')
    expect(out.text).toContain(PROSE[1])
  })

  it('a page with no article gives html/no-article and an empty body', () => {
    for (const html of ['', '<html><body><nav><a href="/">Home</a></nav></body></html>', '<p>Too short.</p>']) {
      const out = extractArticle(html)
      expect(out.text).toBe('')
      expect(out.messages.map((m) => m.code)).toContain('html/no-article')
    }
  })

  it('invalid JSON-LD is ignored with an info message; the rest of the metadata still comes through', () => {
    const html = `<html lang="fr"><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Le tarif de l'eau reporté"></head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const out = extractArticle(html)
    expect(out.meta.headline).toBe("Le tarif de l'eau reporté")
    expect(out.meta.language).toBe('fr')
    expect(out.messages).toContainEqual(expect.objectContaining({ code: 'html/json-ld-invalid', severity: 'info' }))
  })

  it('binary data saved as .html is refused by the reader with its location', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-html-'))
    const path = join(dir, 'photo.html')
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)))
    const items = []
    for await (const item of readInputs([path])) items.push(item)
    expect(items[0]!.error).toMatchObject({ code: 'input/binary', location: path })
  })
})

describe('HTML cleaner on script-rendered pages', () => {
  it('takes the body from JSON-LD articleBody when the markup holds no prose', () => {
    const body = PROSE.join('\n')
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Tariff delayed', articleBody: body })}</script></head><body><div id="root"></div><script>render()</script></body></html>`
    const out = extractArticle(html)
    expect(out.paragraphs.map((p) => out.text.slice(p.start, p.end))).toEqual(PROSE)
    expect(out.messages.map((m) => m.code)).toEqual(['html/body-from-json-ld'])
  })

  it('prefers the markup when it has the article and JSON-LD repeats it', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: PROSE.join(' ') })}</script></head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const out = extractArticle(html)
    expect(out.paragraphs).toHaveLength(3)
    expect(out.messages).toEqual([])
  })
})

describe('HTML cleaner on unusual documents', () => {
  it('reads fragments, XHTML with an XML prolog, and pages with long preambles', () => {
    const article = `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`
    for (const html of [
      article,
      `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>T</title></head><body>${article}</body></html>`,
      `<!-- ${'build info '.repeat(1000)} -->\n<!doctype html><html lang="en"><body>${article}</body></html>`,
    ]) expect(extractArticle(html).text).toBe(PROSE.join('\n\n'))
  })
})

describe('HTML cleaner on oversized pages', () => {
  it('a page made huge by inline scripts keeps its article and JSON-LD (script bodies are emptied before parsing)', () => {
    const state = `<script>window.__STATE__ = ${JSON.stringify({ blob: 'x'.repeat(9_000_000) })}</script>`
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Tariff delayed by six months' })}</script>`
    const html = `<html><head>${ld}${state}<style>${'.a{color:red}'.repeat(100_000)}</style></head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const out = extractArticle(html)
    expect(out.text).toBe(PROSE.join('\n\n'))
    expect(out.meta.headline).toBe('Tariff delayed by six months')
    expect(out.messages).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { parseByline, toPeople } from './authors.js'
import { figureCaption } from './captions.js'
import { dateFromUrl, toIsoDate } from './dates.js'
import { parseDocument } from './dom.js'
import { readPageMeta, stripSite } from './metadata.js'

const el = (html: string) => parseDocument(`<html><body>${html}</body></html>`).document.body.firstElementChild!

describe('page metadata helpers', () => {
  it('reads bylines: "By X and Y", lists, capitals, agency suffixes', () => {
    expect(parseByline('By Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe'])
    expect(parseByline('Ana Ruiz, Li Wei & Sam Okoro')).toEqual(['Ana Ruiz', 'Li Wei', 'Sam Okoro'])
    expect(parseByline('By JANE ROE, Associated Press')).toEqual(['JANE ROE'])
    expect(toPeople(['By JANE ROE, Associated Press']).map((p) => p.name)).toEqual(['Jane Roe'])
    expect(toPeople(['Reuters', 'News Desk', 'Mia Berg', 'mia berg']).map((p) => p.name)).toEqual(['Mia Berg'])
  })

  it('strips the site name from titles, before or after a separator', () => {
    expect(stripSite('Talks resume in Geneva | The Daily Planet', 'The Daily Planet')).toBe('Talks resume in Geneva')
    expect(stripSite('The Daily Planet - Talks resume in Geneva', 'The Daily Planet')).toBe('Talks resume in Geneva')
    expect(stripSite('Talks resume in Geneva - Reuters', null)).toBe('Talks resume in Geneva')
    expect(stripSite('Ukraine: talks resume in Geneva', 'The Daily Planet')).toBe('Ukraine: talks resume in Geneva')
  })

  it('normalises dates and reads them from URLs', () => {
    expect(toIsoDate('2024-03-05T10:00:00+0100')).toBe('2024-03-05T10:00:00+01:00')
    expect(toIsoDate('Tue, 05 Mar 2024 09:00:00 GMT')).toBe('2024-03-05T09:00:00.000Z')
    expect(toIsoDate('yesterday')).toBeNull()
    expect(dateFromUrl('https://x.example/world/2024/03/05/talks')).toBe('2024-03-05')
    expect(dateFromUrl('https://x.example/news/20240305/talks')).toBe('2024-03-05')
    expect(dateFromUrl('https://x.example/news/2024/13/05/talks')).toBeNull()
  })

  it('splits caption credits by element class or by a credit phrase', () => {
    expect(figureCaption(el('<figure><figcaption>Crowds at the gate. <span class="image-credit">Kim Lo/Wire</span></figcaption></figure>'))).toEqual({ text: 'Crowds at the gate.', credit: 'Kim Lo/Wire' })
    expect(figureCaption(el('<figure><figcaption>Crowds at the gate. Photo: Kim Lo</figcaption></figure>'))).toEqual({ text: 'Crowds at the gate.', credit: 'Kim Lo' })
    expect(figureCaption(el('<figure><figcaption>Crowds at the gate. Credit... Kim Lo for The Planet</figcaption></figure>'))).toEqual({ text: 'Crowds at the gate.', credit: 'Kim Lo for The Planet' })
    expect(figureCaption(el('<figure><img src="a.jpg"></figure>'))).toBeNull()
  })

  it('falls back from JSON-LD to meta tags to the visible page', () => {
    const { document } = parseDocument(`<html><head><title>Dam opens | River Times</title><meta property="og:site_name" content="River Times"></head>
      <body><h1>Dam opens after decade of delays</h1><div class="byline">By Ola Nordmann and Kari Hansen</div><time datetime="2027-06-01T08:00:00Z">1 June</time></body></html>`)
    const { meta } = readPageMeta(document, 'https://river.example/2027/06/01/dam')
    expect(meta).toMatchObject({ headline: 'Dam opens after decade of delays', outlet: 'River Times', published: { iso: '2027-06-01T08:00:00Z' }, url: 'https://river.example/2027/06/01/dam' })
    expect(meta.authors!.map((a) => a.name)).toEqual(['Ola Nordmann', 'Kari Hansen'])
    const bare = readPageMeta(parseDocument('<html><head><title>Dam opens | River Times</title></head><body></body></html>').document, 'https://river.example/2027/06/01/dam').meta
    expect(bare).toMatchObject({ headline: 'Dam opens', published: { iso: '2027-06-01' } })
  })
})

describe('headline sources', () => {
  it('prefers JSON-LD, unless it is a cut version of the OpenGraph title', () => {
    const page = (ld: string, og: string) => parseDocument(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: ld })}</script><meta property="og:title" content="${og}"></head><body></body></html>`).document
    expect(readPageMeta(page('Dam opens', 'Dam opens after a decade of delays'), null).meta.headline).toBe('Dam opens')
    expect(readPageMeta(page('Dam opens after a dec…', 'Dam opens after a decade of delays'), null).meta.headline).toBe('Dam opens after a decade of delays')
  })
})

describe('metadata read from the body', () => {
  it('a wire dateline goes to meta.dateline (the text keeps it); the language is guessed when the page does not say', async () => {
    const { extractArticle } = await import('./index.js')
    const out = extractArticle('<html><body><article><p>KELLAN (Reuters) - Dock workers at the port returned to work on Wednesday after their union accepted a pay offer.</p><p>The strike had left dozens of ships waiting offshore, and the union said it would meet again in June.</p></article></body></html>')
    expect(out.meta.dateline).toEqual({ place: 'Kellan', agency: 'Reuters' })
    expect(out.text.startsWith('KELLAN (Reuters) - Dock workers')).toBe(true)
    expect(out.meta.language).toBe('en')
  })
})

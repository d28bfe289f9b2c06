import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHash } from '../../src/store/content-hash.js'
import { annotate } from './fixtures/annotate.js'
import { XSS_ARTICLE, XSS_PAYLOAD } from './fixtures/articles.js'
import { goto, HAVE_CHROMIUM, openPage, shot, startWorkbench, TOKEN, type Watched, type Workbench } from './harness.js'

// Article text and metadata are untrusted. An article whose headline, body, author, outlet, quote, speaker
// and rule id carry script payloads is ingested twice: through POST /api/articles (the real pipeline) and as a
// hand-annotated record (so quotes, entities and events surely carry payloads). Every view must show the
// payloads as text and run none of them.

let wb: Workbench
let w: Watched
let apiId: number
let annotatedId: number

const ran = (w: Watched) => w.page.evaluate(() => ({ xss: (window as any).__xss ?? null, title: document.title, injected: document.querySelectorAll('#view img, #view script, #view iframe, #view svg:not(.chart), #view b[onmouseover], #view a[href^="javascript"]').length }))

describe.skipIf(!HAVE_CHROMIUM)('XSS payloads in articles stay text', () => {
  beforeAll(async () => {
    wb = await startWorkbench()
    w = await openPage(wb)
    const res = await fetch(`${wb.server.url}api/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: XSS_ARTICLE.text, title: XSS_ARTICLE.title, outlet: XSS_ARTICLE.outlet, date: XSS_ARTICLE.date }),
    })
    expect(res.status).toBe(200)
    apiId = ((await res.json()) as { id: number }).id
    annotatedId = (await wb.server.store.putArticle(annotate(XSS_ARTICLE), { contentHash: contentHash({ content: `${XSS_ARTICLE.text}#annotated` }) })).id
  }, 120_000)
  afterAll(async () => { await wb?.stop() })

  it('the annotated reader shows every payload as text and runs nothing', async () => {
    for (const id of [apiId, annotatedId]) {
      await goto(w, wb, `#/article/${id}`)
      const headline = await w.page.locator('h1.headline').textContent()
      expect(headline).toContain(XSS_PAYLOAD)
      expect(await w.page.locator('.annotated').textContent()).toContain('<script>window.__xss=5</script>')
    }
    expect(await w.page.locator('.annotated .speaker-tag').first().textContent()).toContain('<iframe')
    expect(await w.page.locator('dl.meta').textContent()).toContain('<svg onload')
    await w.page.locator('.annotated mark.ev').first().click()
    expect(await w.page.locator('#explain').textContent()).toContain('<img src=x onerror="window.__xss=8">')
    for (const el of await w.page.locator('.annotated .ent, .annotated mark').all()) await el.hover()
    await shot(w, '10-xss-reader')
    expect(await ran(w)).toEqual({ xss: null, title: 'entente workbench', injected: 0 })
  }, 60_000)

  it('lists, search, events, timeline and network show the payloads as text too', async () => {
    for (const hash of ['#/articles', '#/search?q=spying', '#/events?actor=PHL', '#/timeline?actor=CHN', '#/network']) {
      await goto(w, wb, hash)
      expect(await ran(w), hash).toEqual({ xss: null, title: 'entente workbench', injected: 0 })
    }
    await goto(w, wb, '#/search?q=spying')
    expect(await w.page.locator('#results').textContent()).toContain('<img src=x')
    await shot(w, '11-xss-search')
  }, 60_000)

  it('no dialog opened, no script error, no CSP violation', () => {
    expect(w.dialogs).toEqual([])
    expect(w.pageErrors).toEqual([])
    expect(w.cspViolations).toEqual([])
  })
})

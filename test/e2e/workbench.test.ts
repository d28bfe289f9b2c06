import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goto, HAVE_CHROMIUM, openPage, shot, startWorkbench, type Watched, type Workbench } from './harness.js'

// End-to-end in real headless Chromium against the real server and a real SQLite store.
// Screenshots land in test-output/e2e/.

let wb: Workbench
let w: Watched

describe.skipIf(!HAVE_CHROMIUM)('workbench in the browser', () => {
  beforeAll(async () => { wb = await startWorkbench(); w = await openPage(wb) }, 120_000)
  afterAll(async () => { await wb?.stop() })

  it('network → click an edge → dyad timeline and events → article → why was this coded?', async () => {
    const { page } = w
    await goto(w, wb, '#/network')
    await page.waitForSelector('#graph[data-ready]')
    await shot(w, '01-network')
    // Click the real canvas where Cytoscape drew the CHN–PHL edge, at a point along it that no other
    // edge or node covers (the force layout may cross edges at the midpoint); the renderer's own hit
    // test picks the point, the click still goes through the browser.
    const point = await page.evaluate(() => {
      const cy = (window as any).__entente_cy
      const edge = cy.edges().filter((e: any) => [e.source().id(), e.target().id()].sort().join() === 'CHN,PHL')[0]
      const a = edge.renderedSourceEndpoint(), b = edge.renderedTargetEndpoint()
      const c = edge.renderedControlPoints()?.[0] ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } // bezier when a reverse edge exists
      const pan = cy.pan(), zoom = cy.zoom()
      for (const t of Array.from({ length: 37 }, (_, k) => 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.025)) {
        const u = 1 - t
        const p = { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y }
        const hit = cy.renderer().findNearestElement((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false)
        if (hit && hit.id() === edge.id()) return p
      }
      throw new Error(`no point along the CHN–PHL edge is free of other elements`)
    })
    const box = (await page.locator('#graph').boundingBox())!
    await page.mouse.click(box.x + point.x, box.y + point.y)
    await page.waitForSelector('#dyad ol.event-list')
    expect(await page.locator('#dyad h2').textContent()).toMatch(/China.*Philippines|Philippines.*China/)
    expect(await page.locator('#dyad svg.chart .bucket').count()).toBeGreaterThan(0)
    await shot(w, '02-dyad')
    await page.locator('#dyad a.article-link').first().click()
    await page.waitForSelector('body[data-ready="article"]')
    await page.waitForSelector('.annotated mark.ev')
    // The link opened the event: its explanation is already shown.
    await page.waitForSelector('#explain .explain')
    await page.locator('.annotated mark.ev').last().click()
    const explain = await page.locator('#explain').textContent()
    expect(explain).toContain('Why was this coded?')
    expect(explain).toMatch(/CAMEO\s*\d{3}/)
    expect(explain).toMatch(/Rule\s*[a-z][\w.-]+/)
    expect(await page.locator('.annotated .speaker-tag').count()).toBeGreaterThanOrEqual(0)
    await shot(w, '03-reader-explain')
  }, 60_000)

  it('the relations table under the graph opens a dyad without the mouse', async () => {
    await goto(w, wb, '#/network')
    const first = w.page.locator('details.relations button.link').first()
    const label = (await first.textContent())!
    await first.focus()
    await w.page.keyboard.press('Enter')
    await w.page.waitForSelector('#dyad ol.event-list')
    const [a, b] = label.split(' → ')
    const title = (await w.page.locator('#dyad h2').textContent())!
    expect(title).toContain(a!)
    expect(title).toContain(b!)
  }, 30_000)

  it('the reader shows quotes with their speaker and entities', async () => {
    await goto(w, wb, '#/search?q=turbine')
    await w.page.locator('#results a.article-link').first().click()
    await w.page.waitForSelector('body[data-ready="article"]')
    expect(await w.page.locator('.annotated .speaker-tag').first().textContent()).toBe('Hana Mori')
    expect(await w.page.locator('.annotated .ent').count()).toBeGreaterThan(2)
    await shot(w, '04-reader-quote')
  }, 30_000)

  it('timeline per actor: weekly bars and the events listed under them', async () => {
    await goto(w, wb, '#/timeline?actor=PHL')
    expect(await w.page.locator('svg.chart .bucket').count()).toBeGreaterThanOrEqual(2)
    const api = await (await fetch(`${wb.server.url}api/timeline?actor=PHL&limit=200`)).json() as { events: { total: number } }
    expect(api.events.total).toBeGreaterThanOrEqual(4) // the fixtures' four, plus whatever extraction finds in the examples
    expect(await w.page.locator('table.events tbody tr').count()).toBe(Math.min(200, api.events.total))
    expect(await w.page.locator('aside.panel h2').textContent()).toBe('Philippines')
    await shot(w, '05-timeline')
  }, 30_000)

  it('events table: filters live in the URL, CSV download matches', async () => {
    await goto(w, wb, '#/events')
    await w.page.selectOption('select[name="type"]', 'ACCUSE')
    await w.page.click('form.filters button[type="submit"]')
    await w.page.waitForFunction(() => location.hash.includes('type=ACCUSE') && document.body.dataset.ready === 'events')
    const types = await w.page.locator('table.events tbody tr td:nth-child(3) strong').allTextContents()
    expect(types.length).toBeGreaterThan(0)
    expect(new Set(types)).toEqual(new Set(['ACCUSE']))
    // Reloading the shared URL gives the same table.
    await w.page.reload()
    await w.page.waitForSelector('body[data-ready="events"]')
    expect(await w.page.locator('table.events tbody tr').count()).toBe(types.length)
    const href = await w.page.locator('#csv').getAttribute('href')
    expect(href).toContain('type=ACCUSE')
    const csv = await (await fetch(new URL(href!, wb.server.url))).text()
    expect(csv.trim().split('\r\n')).toHaveLength(types.length + 1)
    await shot(w, '06-events')
  }, 30_000)

  it('search across articles, actors and quotes', async () => {
    await goto(w, wb, '#/network')
    await w.page.fill('#quick-search input', 'Philippines')
    await w.page.press('#quick-search input', 'Enter')
    await w.page.waitForSelector('body[data-ready="search"] #results')
    const text = await w.page.locator('#results').textContent()
    expect(text).toMatch(/Articles \([1-9]/)
    expect(text).toMatch(/Actors \([1-9]/)
    expect(await w.page.locator('#results .snippet b').count()).toBeGreaterThan(0)
    await shot(w, '07-search')
  }, 30_000)

  it('analyze box: pasted text and a dropped file are annotated at once, nothing stored', async () => {
    await goto(w, wb, '#/analyze')
    await w.page.fill('textarea[name="text"]', 'Ministers from Chile and Peru met in Lima on Tuesday.\n\nThey agreed to build a new border crossing.')
    await w.page.click('.analyze-box button[type="submit"]')
    await w.page.waitForSelector('#analyze-result .annotated')
    expect(await w.page.locator('#analyze-result .annotated').textContent()).toContain('Ministers from Chile and Peru met in Lima')
    await shot(w, '08-analyze')
    await w.page.setInputFiles('.analyze-box input[type="file"]', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Officials in Quito said the talks would resume next week.') })
    await w.page.waitForFunction(() => document.querySelector('#analyze-result .annotated')?.textContent?.includes('Quito'))
    await w.page.fill('textarea[name="text"]', '')
    await w.page.click('.analyze-box button[type="submit"]')
    expect(await w.page.locator('#analyze-result .state.error').textContent()).toContain('Paste or drop an article first')
  }, 30_000)

  it('designed empty and error states', async () => {
    await goto(w, wb, '#/article/999999')
    expect(await w.page.locator('.state.error').textContent()).toContain('article/not-found')
    await goto(w, wb, '#/events?type=RETREAT')
    expect(await w.page.locator('.state.empty').textContent()).toContain('No events match')
    await shot(w, '09-empty')
  }, 30_000)

  it('our own pages never trip the Content-Security-Policy and raise no errors', async () => {
    expect(w.cspViolations).toEqual([])
    expect(w.pageErrors).toEqual([])
    const res = await fetch(wb.server.url)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
  })
})

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM, HAVE_CHROMIUM, SHOTS } from './harness.js'

// The main job exactly as `npm start` runs it (`entente demo`), as a child process: it ingests the bundled
// examples through the real pipeline and serves the workbench; the examples' network, a timeline and an
// annotated article must be visible. Only the examples are in this store (no hand-annotated fixtures).

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
let child: ChildProcess
let url: string
let dir: string
let browser: Browser
let stderr = ''

describe.skipIf(!HAVE_CHROMIUM)('npm start (entente demo)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-main-'))
    child = spawn(process.execPath, ['bin/entente.js', 'demo', '--db', join(dir, 'entente.db'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stderr!.on('data', (b: Buffer) => { stderr += b.toString() })
    url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', (b: Buffer) => { out += b.toString(); const m = /entente workbench: (http:\/\/\S+)/.exec(out); if (m) resolve(m[1]!) })
      child.once('exit', (code) => reject(new Error(`demo exited with ${code}: ${stderr}`)))
    })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    if (child && child.exitCode === null) { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)) }
    rmSync(dir, { recursive: true, force: true })
  })

  it('ingested every example and reported it', () => {
    expect(stderr).toMatch(/examples: (\d+) new article\(s\) with (\d+) event rows, 0 already stored, 0 failed/)
    expect(Number(/examples: (\d+) new/.exec(stderr)![1])).toBeGreaterThanOrEqual(12)
  })

  it('shows the examples’ network, a timeline and an annotated article', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(`${url}#/network`)
    await page.waitForSelector('#graph[data-ready]', { timeout: 20_000 })
    const size = await page.evaluate(() => { const cy = (window as any).__entente_cy; return { nodes: cy.nodes().length, edges: cy.edges().length } })
    expect(size.nodes).toBeGreaterThanOrEqual(6)
    expect(size.edges).toBeGreaterThanOrEqual(5)
    await page.screenshot({ path: join(SHOTS, '20-main-network.png') })
    const top = await (await fetch(`${url}api/actors?limit=1`)).json() as { items: { code: string }[] }
    await page.goto(`${url}#/timeline?actor=${encodeURIComponent(top.items[0]!.code)}`)
    await page.waitForSelector('body[data-ready="timeline"]')
    expect(await page.locator('svg.chart .bucket').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(SHOTS, '21-main-timeline.png'), fullPage: true })
    await page.goto(`${url}#/articles`)
    await page.waitForSelector('body[data-ready="articles"]')
    await page.locator('a.article-link').first().click()
    await page.waitForSelector('body[data-ready="article"]')
    expect(await page.locator('.annotated mark.ev').count()).toBeGreaterThan(0)
    expect(await page.locator('.annotated .ent').count()).toBeGreaterThan(0)
    await page.locator('.annotated mark.ev').first().click()
    expect(await page.locator('#explain').textContent()).toMatch(/Why was this coded\?[\s\S]*CAMEO[\s\S]*Rule/)
    await page.screenshot({ path: join(SHOTS, '22-main-article.png'), fullPage: true })
    await page.close()
  }, 60_000)

  it('stops cleanly on SIGTERM', async () => {
    child.kill('SIGTERM')
    const code = await new Promise<number | null>((r) => child.once('exit', r))
    expect(code).toBe(0)
  })
})

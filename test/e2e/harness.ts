import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { EXAMPLE_INPUTS } from '../../src/cli/commands/demo.js'
import { ensureWebBuilt } from '../../src/serve/build-web.js'
import { startServer, type RunningServer } from '../../src/serve/server.js'
import { contentHash } from '../../src/store/content-hash.js'
import { openStore } from '../../src/store/index.js'
import { ingestBatch } from '../../src/store/ingest/ingest-batch.js'
import { annotate } from './fixtures/annotate.js'
import { FIXTURE_ARTICLES } from './fixtures/articles.js'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const HAVE_CHROMIUM = existsSync(CHROMIUM)
export const SHOTS = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url))
export const TOKEN = 'e2e-token'

export interface Workbench { server: RunningServer; browser: Browser; dir: string; stop(): Promise<void> }

/** The real thing: a temp SQLite store with the examples ingested through the pipeline plus the hand-annotated
 *  fixtures, the real server on 127.0.0.1 (port 0), and headless Chromium. */
export async function startWorkbench(): Promise<Workbench> {
  await ensureWebBuilt()
  mkdirSync(SHOTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'entente-e2e-'))
  const store = await openStore(join(dir, 'e2e.db'))
  await ingestBatch(EXAMPLE_INPUTS, { store, workers: 0 })
  for (const spec of FIXTURE_ARTICLES) await store.putArticle(annotate(spec), { contentHash: contentHash({ content: spec.text }) })
  const server = await startServer({ store, host: '127.0.0.1', port: 0, token: TOKEN })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  return {
    server, browser, dir,
    stop: async () => { await browser.close(); await server.close(); await store.close(); rmSync(dir, { recursive: true, force: true }) },
  }
}

export interface Watched { page: Page; cspViolations: string[]; pageErrors: string[]; dialogs: string[] }

/** A page that records CSP violations, uncaught errors and dialogs (an XSS would open one or set window.__xss). */
export async function openPage(wb: Workbench): Promise<Watched> {
  const page = await wb.browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const w: Watched = { page, cspViolations: [], pageErrors: [], dialogs: [] }
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) w.cspViolations.push(m.text()) })
  page.on('pageerror', (e) => w.pageErrors.push(e.message))
  page.on('dialog', (d) => { w.dialogs.push(d.message()); void d.dismiss() })
  return w
}

export async function goto(w: Watched, wb: Workbench, hash: string): Promise<void> {
  const view = hash.replace(/^#\//, '').split(/[/?]/)[0]
  await w.page.goto(`${wb.server.url}${hash}`)
  await w.page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 15_000 })
}

export function shot(w: Watched, name: string): Promise<Buffer> {
  return w.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import type { Hono } from 'hono'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.map': 'application/json',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
}

interface Asset { body: Uint8Array; type: string; immutable: boolean }

/** Loads the built UI (web/dist) into memory once: it is small, and this keeps requests off the disk. */
export function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>()
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) { walk(path); continue }
      const url = `/${relative(dir, path).split(sep).join('/')}`
      assets.set(url, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') })
    }
  }
  if (existsSync(dir)) walk(dir)
  return assets
}

/** Serves the UI; any other GET outside /api and /-/ gets index.html (the UI routes in the browser). */
export function mountStatic(app: Hono, assets: Map<string, Asset>): void {
  app.get('*', (c, next) => {
    const path = c.req.path
    if (path.startsWith('/api/') || path.startsWith('/-/')) return next()
    const asset = assets.get(path) ?? (extname(path) ? undefined : assets.get('/index.html'))
    if (!asset) {
      if (path === '/' || !extname(path)) return c.text('The web UI is not built: run `npm run build:web` (npm start does it for you).', 503)
      return next()
    }
    c.header('Content-Type', asset.type)
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    return c.body(asset.body as Uint8Array<ArrayBuffer>)
  })
}

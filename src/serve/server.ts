import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import type { Hono } from 'hono'
import type { RawInput } from '../article/index.js'
import { createPipeline, type Pipeline } from '../pipeline/index.js'
import { toRecord } from '../record/index.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/store.js'
import { createApp } from './app.js'
import type { ServeDeps } from './deps.js'
import { isLoopback } from './security.js'

export const DEFAULT_PORT = 7300
export const DEFAULT_HOST = '127.0.0.1'
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url))
const VERSION = '0.1.0'

/** A problem that stops the server from starting, with a stable code. */
export class ServeError extends Error {
  constructor(readonly code: string, message: string) { super(message) }
}

export interface ServeOptions {
  /** SQLite path or postgres:// URL; ignored when `store` is given. */
  db?: string
  store?: Store
  host?: string
  /** 0 picks a free port. */
  port?: number
  /** Bearer token for write endpoints (ENTENTE_TOKEN). Required when `host` is not loopback. */
  token?: string | null
  webDir?: string | null
  maxBodyBytes?: number
  pipeline?: Pipeline
  /** Redis URL of the ingest queue to report on at /-/queues (ENTENTE_QUEUE). */
  queue?: string | null
}

export interface RunningServer { url: string; port: number; host: string; app: Hono; store: Store; close(): Promise<void> }

/** Builds the dependencies once at boot: one pipeline, one store, for every request. */
export function serveDeps(store: Store, pipeline: Pipeline = createPipeline(), opts: { publicOnly?: boolean } = {}): ServeDeps {
  return {
    store,
    version: VERSION,
    analyze: (input: RawInput) => toRecord(pipeline.run(input)),
    // Beyond loopback, URLs to analyse may not point back into private networks (SSRF).
    fetchUrl: async (url) => (await import('../ingest/url.js')).fetchArticle(url, { publicOnly: opts.publicOnly ?? false }),
  }
}

export async function startServer(opts: ServeOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST
  const token = opts.token ?? null
  if (!isLoopback(host) && !token) {
    throw new ServeError('serve/token-required', `refusing to listen on ${host} without a token: set ENTENTE_TOKEN (write endpoints need it beyond loopback)`)
  }
  const store = opts.store ?? await openStore(opts.db)
  const deps = serveDeps(store, opts.pipeline, { publicOnly: !isLoopback(host) })
  if (opts.queue) deps.queue = (await import('../queue/monitor.js')).createQueueMonitor(opts.queue)
  const app = createApp(deps, { token, webDir: opts.webDir === undefined ? WEB_DIST : opts.webDir, maxBodyBytes: opts.maxBodyBytes })
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, () => resolve(s))
    s.once('error', (e: NodeJS.ErrnoException) => reject(new ServeError('serve/listen', e.code === 'EADDRINUSE' ? `port ${opts.port} is in use (choose another with --port)` : `cannot listen on ${host}: ${e.message}`)))
  }).catch(async (e) => { if (!opts.store) await store.close(); throw e })
  const port = (server.address() as AddressInfo).port
  const shown = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shown}:${port}/`, port, host, app, store,
    close: async () => {
      await new Promise<void>((resolve) => { server.close(() => resolve()); (server as { closeAllConnections?: () => void }).closeAllConnections?.() })
      await deps.queue?.close()
      if (!opts.store) await store.close()
    },
  }
}

import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ServeDeps } from './deps.js'
import { ApiError, notFound, onError } from './errors.js'
import { buildOpenApi } from './openapi.js'
import { mountRoutes, type RouteDef } from './route.js'
import { API_ROUTES } from './routes/index.js'
import { requireBearer, securityHeaders } from './security.js'
import { loadAssets, mountStatic } from './static.js'
import { SYSTEM_ROUTES } from './system/index.js'

export interface AppOptions {
  /** Bearer token for write endpoints; null = writes are open (only allowed on loopback, see server.ts). */
  token: string | null
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
  /** Built UI folder (web/dist); null = API only. */
  webDir?: string | null
}

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024

export function allRoutes(): RouteDef<any, any, any, ServeDeps>[] {
  return [...API_ROUTES, ...SYSTEM_ROUTES]
}

/** The HTTP app: JSON API, system pages, OpenAPI document and the built UI, with one error envelope. */
export function createApp(deps: ServeDeps, opts: AppOptions): Hono {
  const app = new Hono()
  const routes = allRoutes()
  const maxSize = opts.maxBodyBytes ?? DEFAULT_MAX_BODY
  app.use('*', securityHeaders())
  app.use('*', bodyLimit({
    maxSize,
    onError: () => { throw new ApiError(413, 'request/too-large', `the request body is over the ${Math.round(maxSize / 1024)} KiB limit`) },
  }))
  if (opts.token) {
    const auth = requireBearer(opts.token)
    for (const r of routes) if (r.write) app.on(r.method.toUpperCase(), r.path, auth)
  }
  const doc = buildOpenApi(routes, { title: 'entente API', version: deps.version })
  app.get('/openapi.json', (c) => c.json(doc))
  mountRoutes(app, routes, deps)
  if (opts.webDir) mountStatic(app, loadAssets(opts.webDir))
  app.onError(onError)
  app.notFound(notFound)
  return app
}

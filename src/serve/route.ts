import type { Context, Hono } from 'hono'
import { z } from 'zod'
import { ApiError } from './errors.js'
import type { JsonSchema } from './schemas.js'

export type Method = 'get' | 'post'

/** One endpoint: its zod schemas validate the request AND generate `/openapi.json`, so the two cannot drift. */
export interface RouteDef<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, D = unknown> {
  method: Method
  /** Hono path, e.g. `/api/articles/:id`. */
  path: string
  summary: string
  tag: string
  params?: P
  query?: Q
  body?: B
  /** Describes the 200 response (documentation only: responses are produced by our own code). */
  response?: z.ZodType | JsonSchema
  /** Non-JSON success responses (CSV, XML…), by media type. */
  produces?: string[]
  /** Changes data: needs the bearer token when the server requires one. */
  write?: boolean
  handler: (input: { params: z.output<P>; query: z.output<Q>; body: z.output<B>; c: Context; deps: D }) => unknown
}

export function defineRoute<Q extends z.ZodType = z.ZodObject, P extends z.ZodType = z.ZodObject, B extends z.ZodType = z.ZodUnknown, D = unknown>(
  def: RouteDef<Q, P, B, D>,
): RouteDef<Q, P, B, D> {
  return def
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  if (!schema) return value as z.output<T>
  const r = schema.safeParse(value)
  if (r.success) return r.data
  throw new ApiError(400, `request/invalid-${where}`, `invalid ${where}: ${r.error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ')}`,
    r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)], code: i.code, message: i.message })))
}

/** Mounts routes on an app, validating params, query and body with their schemas. */
export function mountRoutes<D>(app: Hono, routes: readonly RouteDef<any, any, any, D>[], deps: D): void {
  for (const r of routes) {
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      const params = parse(r.params, c.req.param(), 'params')
      const query = parse(r.query, c.req.query(), 'query')
      let body: unknown
      if (r.body) {
        let raw: unknown
        try { raw = await c.req.json() } catch { throw new ApiError(400, 'request/invalid-json', 'the request body is not valid JSON') }
        body = parse(r.body, raw, 'body')
      }
      const out = await r.handler({ params, query, body, c, deps })
      return out instanceof Response ? out : c.json(out as object)
    })
  }
}

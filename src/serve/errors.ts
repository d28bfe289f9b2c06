import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The one error shape every endpoint returns: `{error: {code, message, details?}}` with a stable `area/what` code. */
export interface ErrorEnvelope { error: { code: string; message: string; details?: unknown } }

/** Thrown by handlers and middleware; `onError` turns it into the envelope. */
export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string, readonly details?: unknown) {
    super(message)
  }
}

export function envelope(code: string, message: string, details?: unknown): ErrorEnvelope {
  return { error: details === undefined ? { code, message } : { code, message, details } }
}

/** Shapes every thrown error once. Unknown errors hide their internals (logged, not sent). */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(envelope(err.code, err.message, err.details), err.status)
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode
    const code = status === 413 ? 'request/too-large' : status === 401 ? 'auth/unauthorized' : `http/${status}`
    return c.json(envelope(code, err.message || 'request failed'), status)
  }
  console.error(`entente serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`)
  return c.json(envelope('server/internal', 'internal error; see the server log'), 500)
}

export function notFound(c: Context): Response {
  return c.json(envelope('route/not-found', `no endpoint ${c.req.method} ${c.req.path}`), 404)
}

import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'

/** Article text and metadata are untrusted: the UI renders them as text, and this policy makes sure that no
 *  injected markup could run script even if it slipped through (no inline scripts, same-origin only). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ')

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Frame-Options', 'DENY')
  }
}

/** Write endpoints need `Authorization: Bearer <token>` whenever a token is configured. */
export function requireBearer(token: string): MiddlewareHandler {
  const want = Buffer.from(token)
  return async (c, next) => {
    const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')
    const got = Buffer.from(m?.[1]?.trim() ?? '')
    if (!m) throw new ApiError(401, 'auth/missing-token', 'this endpoint changes data and needs an Authorization: Bearer <ENTENTE_TOKEN> header')
    if (got.length !== want.length || !timingSafeEqual(got, want)) throw new ApiError(401, 'auth/wrong-token', 'the bearer token does not match ENTENTE_TOKEN')
    await next()
  }
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host)
}

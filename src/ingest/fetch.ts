import { InputError } from './errors.js'
import { charsetFromContentType } from './fetch-charset.js'
import { assertPublicHost } from './fetch-guard.js'

export interface FetchOptions {
  /** Whole request, body included (ms). */
  timeoutMs?: number
  /** Largest body accepted; the download is aborted as soon as it goes past. */
  maxBytes?: number
  maxRedirects?: number
  userAgent?: string
  /** Refuse hosts on loopback/private/link-local addresses (set it when fetching URLs that users submit to a server). */
  publicOnly?: boolean
}

export interface Fetched {
  url: string            // after redirects
  status: number
  contentType: string    // media type, lower-cased, without parameters ('' when the server sent none)
  charset: string | null // from the Content-Type header
  bytes: Uint8Array
  kind: 'html' | 'feed' | 'text' | 'json'
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5, userAgent: 'entente/0.1 (news analysis; +https://github.com/entente)', publicOnly: false }

// Media types we can read; anything else (images, PDFs, archives, octet-stream) is refused before download.
const KINDS: [RegExp, Fetched['kind']][] = [
  [/^(text\/html|application\/xhtml\+xml)$/, 'html'],
  [/^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/, 'feed'],
  [/^application\/(ld\+)?json$/, 'json'],
  [/^text\/(plain|markdown)$/, 'text'],
]

/** GETs a URL with a timeout, a streamed size limit, manually followed redirects (max 5 by default)
 *  and a content-type check. Every failure is an InputError with a `fetch/…` code and the URL. */
export async function fetchResource(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...stripUndefined(opts) }
  const signal = AbortSignal.timeout(o.timeoutMs)
  let current = checkUrl(url, url)
  try {
    for (let hop = 0; ; hop++) {
      if (o.publicOnly) await assertPublicHost(current)
      const res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8' } })
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel()
        if (hop >= o.maxRedirects) throw new InputError('fetch/too-many-redirects', `more than ${o.maxRedirects} redirects`, url)
        current = checkUrl(new URL(res.headers.get('location')!, current).href, url)
        continue
      }
      if (!res.ok) { await res.body?.cancel(); throw new InputError('fetch/http-status', `the server answered ${res.status} ${res.statusText}`.trim(), current) }
      const header = res.headers.get('content-type') ?? ''
      const contentType = header.split(';')[0]!.trim().toLowerCase()
      const kind = contentType ? KINDS.find(([re]) => re.test(contentType))?.[1] : 'html'
      if (!kind) { await res.body?.cancel(); throw new InputError('fetch/unsupported-type', `content type ${contentType} is not a web page, feed or text`, current) }
      const declared = Number(res.headers.get('content-length') ?? NaN)
      if (declared > o.maxBytes) { await res.body?.cancel(); throw new InputError('fetch/too-large', `the server announces ${declared} bytes, over the ${o.maxBytes}-byte limit`, current) }
      const bytes = await readLimited(res, o.maxBytes, current)
      return { url: current, status: res.status, contentType, charset: charsetFromContentType(header), bytes, kind }
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    const err = e as Error & { cause?: { code?: string } }
    if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new InputError('fetch/timeout', `no complete answer within ${o.timeoutMs} ms`, current)
    throw new InputError('fetch/failed', `cannot fetch: ${err.cause?.code ?? err.message}`, current)
  }
}

async function readLimited(res: Response, max: number, location: string): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) { await reader.cancel(); throw new InputError('fetch/too-large', `the body is over the ${max}-byte limit; download stopped`, location) }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}

function checkUrl(href: string, original: string): string {
  let u: URL
  try { u = new URL(href) } catch { throw new InputError('fetch/bad-url', `not a valid URL: ${href}`, original) }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError('fetch/bad-url', `only http and https URLs can be fetched, not ${u.protocol}`, original)
  return u.href
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

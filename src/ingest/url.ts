import type { RawInput } from '../article/index.js'
import { decodeBytes } from './decode.js'
import { detectFormat } from './detect.js'
import { InputError } from './errors.js'
import { fetchResource, type FetchOptions, type Fetched } from './fetch.js'
import { effectiveCharset, sniffDeclaredCharset } from './fetch-charset.js'
import { recordToInput } from './records.js'

export type { FetchOptions } from './fetch.js'

export function isHttpUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec)
}

/** Fetches one article page and hands it to the pipeline as HTML (or text/JSON), decoded with the
 *  charset the server or the page declares. Throws an InputError (`fetch/…`, `input/binary`) when it cannot. */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<RawInput> {
  const res = await fetchResource(url, opts)
  if (res.kind === 'feed') throw new InputError('url/is-feed', 'this URL is a feed, not an article (analyse it as a feed)', res.url)
  return fetchedToInput(res, url)
}

/** Bytes → text: a byte-order mark wins, then the HTTP charset, then the page's own declaration. */
export function decodeFetched(res: Fetched): { text: string; messages: NonNullable<RawInput['messages']> } {
  const bom = res.bytes[0] === 0xef && res.bytes[1] === 0xbb && res.bytes[2] === 0xbf
  const declared = bom ? null : effectiveCharset(res.bytes, res.charset ?? sniffDeclaredCharset(res.bytes))
  const decoded = decodeBytes(res.bytes, res.url, declared)
  if (!decoded.text.trim()) throw new InputError('input/empty', 'the page is empty', res.url)
  return { text: decoded.text, messages: decoded.messages }
}

/** A fetched page (not a feed) as a pipeline input; `requested` is the URL the user gave. */
export function fetchedToInput(res: Fetched, requested: string): RawInput {
  const { text, messages } = decodeFetched(res)
  if (res.kind === 'json') {
    let parsed: unknown
    try { parsed = JSON.parse(text) } catch (e) { throw new InputError('input/json', `invalid JSON: ${(e as Error).message}`, res.url) }
    return { ...recordToInput(parsed, requested), messages }
  }
  const format = res.kind === 'html' ? 'html' : detectFormat(text, new URL(res.url).pathname)
  return { source: requested, content: text, format, hints: { url: res.url }, messages }
}

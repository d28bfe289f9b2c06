import { readFile, stat } from 'node:fs/promises'
import type { RawInput } from '../article/index.js'
import { decodeBytes } from './decode.js'
import { InputError } from './errors.js'
import { FETCH_DEFAULTS } from './fetch.js'
import { effectiveCharset, sniffDeclaredCharset } from './fetch-charset.js'
import { looksLikeFeed, parseFeed, type Feed, type FeedItem } from './feed.js'
import type { ReadItem, ReadOptions, SpecReader } from './read-inputs.js'
import { fetchArticle, isHttpUrl } from './url.js'

/** RSS/Atom files: `.rss`/`.atom` by name, or any file whose head is a feed (`.xml`). */
export const feedReader: SpecReader = {
  name: 'feed',
  claims: (spec, head) => !isHttpUrl(spec) && (/\.(rss|atom)$/i.test(spec) || (head !== undefined && looksLikeFeed(head))),
  read: readFeedFile,
}

async function* readFeedFile(path: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  let feed: Feed
  try {
    const max = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes
    const size = (await stat(path)).size
    if (size > max) throw new InputError('input/too-large', `feed file is ${size} bytes, over the ${max}-byte limit`, path)
    const bytes = await readFile(path)
    feed = parseFeed(decodeBytes(bytes, path, effectiveCharset(bytes, sniffDeclaredCharset(bytes))).text, path)
  } catch (e) {
    yield { error: e instanceof InputError ? e : new InputError('input/unreadable', `cannot read feed: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path) }
    return
  }
  yield* feedInputs(feed, opts)
}

/** Items with a body are analysed as HTML articles, with the item's title/date/link/authors as hints;
 *  link-only items are fetched with --fetch and reported as skipped without it. */
export async function* feedInputs(feed: Feed, opts: ReadOptions): AsyncGenerator<ReadItem> {
  for (const entry of feed.entries) {
    if (entry.error) { yield entry; continue }
    const item = entry.item
    const body = item.content ?? (item.link ? null : item.summary)
    if (body) { yield { input: itemInput(item, feed, body) }; continue }
    if (!opts.fetch) {
      yield { error: new InputError('feed/skipped-link-only', 'skipped: the item carries only a link and a summary; use --fetch to fetch the article', item.location) }
      continue
    }
    try {
      const page = await fetchArticle(item.link!, { maxBytes: opts.maxBytes })
      yield { input: { ...page, source: item.location, hints: { ...hintsOf(item, feed), ...page.hints } } }
    } catch (e) {
      const err = e instanceof InputError ? e : new InputError('fetch/failed', (e as Error).message, item.link!)
      yield { error: new InputError(err.code, `${err.message} (${err.location})`, item.location) }
    }
  }
}

function itemInput(item: FeedItem, feed: Feed, html: string): RawInput {
  return { source: item.location, content: html, format: 'html', hints: hintsOf(item, feed) }
}

function hintsOf(item: FeedItem, feed: Feed): NonNullable<RawInput['hints']> {
  return { headline: item.title, date: item.date, url: item.link, authors: item.authors.length ? item.authors : undefined, outlet: feed.title, language: feed.language }
}

import { InputError } from './errors.js'
import { fetchResource } from './fetch.js'
import { feedInputs } from './feed-reader.js'
import { parseFeed } from './feed.js'
import type { ReadItem, ReadOptions, SpecReader } from './read-inputs.js'
import { decodeFetched, fetchedToInput, isHttpUrl } from './url.js'

/** `entente analyze https://…`: an article page, or a feed whose items are analysed in turn. */
export const urlReader: SpecReader = {
  name: 'url',
  claims: (spec) => isHttpUrl(spec),
  read: readUrl,
}

async function* readUrl(url: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  let feed
  try {
    const res = await fetchResource(url, { maxBytes: opts.maxBytes })
    if (res.kind !== 'feed') { yield { input: fetchedToInput(res, url) }; return }
    feed = parseFeed(decodeFetched(res).text, url)
  } catch (e) {
    yield { error: e instanceof InputError ? e : new InputError('fetch/failed', (e as Error).message, url) }
    return
  }
  yield* feedInputs(feed, opts)
}

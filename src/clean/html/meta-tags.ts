/** `<meta>` values by lower-cased name/property/itemprop (first one wins), e.g. `og:title`, `author`. */
export function readMetaTags(document: Document): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const m of Array.from(document.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const value = (m.getAttribute('content') ?? '').trim()
    if (!key || !value) continue
    const list = out.get(key)
    if (list) list.push(value)
    else out.set(key, [value])
  }
  return out
}

export function firstMeta(tags: Map<string, string[]>, ...keys: string[]): string | null {
  for (const k of keys) { const v = tags.get(k)?.[0]; if (v) return v }
  return null
}

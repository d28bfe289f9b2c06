/** JSON-LD objects from the page's ld+json script texts, flattened (top-level arrays and `@graph`), in order. */
export function parseJsonLd(texts: readonly string[]): { objects: Record<string, unknown>[]; invalid: number } {
  const objects: Record<string, unknown>[] = []
  let invalid = 0
  for (const text of texts) {
    const raw = text.trim()
    if (!raw) continue
    let parsed: unknown
    // Control characters inside strings are common in CMS output and make JSON.parse fail.
    try { parsed = JSON.parse(raw) } catch { try { parsed = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')) } catch { invalid++; continue } }
    flatten(parsed, objects)
  }
  return { objects, invalid }
}

function flatten(v: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(v)) { for (const x of v) flatten(x, out); return }
  if (!v || typeof v !== 'object') return
  const o = v as Record<string, unknown>
  if (Array.isArray(o['@graph'])) flatten(o['@graph'], out)
  out.push(o)
}

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|OpinionNewsArticle)$/

export function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type']
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : []
}

/** The page's article object: the first whose @type is an article type (NewsArticle, BlogPosting, …). */
export function findArticleObject(objects: readonly Record<string, unknown>[]): Record<string, unknown> | null {
  return objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? null
}

/** A JSON-LD value as text: a string, the first string of a list, or an object's `name`. */
export function ldText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (Array.isArray(v)) { for (const x of v) { const t = ldText(x); if (t) return t } return null }
  if (v && typeof v === 'object') return ldText((v as Record<string, unknown>).name)
  return null
}

/** Every person's name in a JSON-LD author value (string, object, or list of either); organisations are left out. */
export function ldNames(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : []
  if (Array.isArray(v)) return v.flatMap(ldNames)
  if (v && typeof v === 'object') {
    if (typesOf(v as Record<string, unknown>).some((t) => /Organization$/.test(t))) return []
    return ldNames((v as Record<string, unknown>).name)
  }
  return []
}

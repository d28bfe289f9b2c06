/** The first non-empty `<meta>` value among keys, in the order given (`og:title`, then `twitter:title`…). */
export function firstMeta(tags: Map<string, string[]>, ...keys: string[]): string | null {
  for (const k of keys) { const v = tags.get(k)?.[0]; if (v) return v }
  return null
}

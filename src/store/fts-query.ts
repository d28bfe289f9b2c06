const WORD = /[\p{L}\p{N}]+/gu

/** A user's search words as an FTS5 query: every word must occur (quoted, so no FTS syntax leaks in). */
export function ftsQuery(query: string): string {
  return [...query.matchAll(WORD)].map((m) => `"${m[0]}"`).join(' ')
}

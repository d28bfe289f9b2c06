// Near-duplicate candidates are looked up within a few weeks of publication: syndicated copies and
// rewrites appear within days of each other. Prefixing LSH bucket keys with the publication week keeps
// one article's 48 bucket rows together in the index (a few pages written per article instead of 48
// random ones), and bounds the candidates in a store of millions of articles.

const WEEK_MS = 7 * 86_400_000
/** Weeks either side of an article's own week searched for near-duplicates. */
export const DUPLICATE_WEEKS = 1

/** Weeks since 1970 (1-based) of a YYYY-MM-DD day; 0 when the article has no date (undated ones match each other). */
export function weekOf(day: string | null): number {
  if (!day) return 0
  const t = Date.parse(`${day}T00:00:00Z`)
  return Number.isNaN(t) || t < 0 ? 0 : Math.floor(t / WEEK_MS) + 1
}

/** Band keys (< 2^38) placed under a week: exact integers (< 2^53) for any week before the year 2500. */
export function weekKeys(week: number, bands: number[]): number[] {
  return bands.map((b) => week * 2 ** 38 + b)
}

/** The keys to look up: the same bands in the neighbouring weeks too. */
export function searchKeys(week: number, bands: number[]): number[] {
  if (week === 0) return weekKeys(0, bands)
  const keys: number[] = []
  for (let w = Math.max(1, week - DUPLICATE_WEEKS); w <= week + DUPLICATE_WEEKS; w++) keys.push(...weekKeys(w, bands))
  return keys
}

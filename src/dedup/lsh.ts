import { MINHASH_SIZE, type TextSketch } from './minhash.js'

// Locality-sensitive hashing: the sketch is cut into bands; two texts become candidates when any band
// is identical. Bands of 2 rows are needed because excerpts and rewrites have a low Jaccard (0.15–0.3)
// even when one text is mostly contained in the other: 48 bands find a pair with J = 0.2 with
// probability 1-(1-0.04)^48 ≈ 86% (and near-copies, J ≥ 0.35, ≈ 100%). Candidates are then verified
// on the full sketch. 48 keys per article keeps the bucket table at a manageable size.

export const LSH_ROWS = 2
export const LSH_BANDS = Math.min(48, MINHASH_SIZE / LSH_ROWS)

/** One integer bucket key per band (band in the high bits, below 2^38), safe as a JS number and a SQL bigint. */
export function bandKeys(s: TextSketch): number[] {
  const keys: number[] = []
  if (!s.size) return keys
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = b + 1
    for (let r = 0; r < LSH_ROWS; r++) h = (Math.imul(h ^ s.mins[b * LSH_ROWS + r]!, 0x01000193) ^ (h >>> 15)) >>> 0
    keys.push(b * 2 ** 32 + h)
  }
  return keys
}

import { shingleHashes } from './shingles.js'

// MinHash over word shingles: a fixed-size sketch whose per-slot agreement estimates the Jaccard
// similarity of two texts; with the shingle-set sizes it also estimates containment, which catches
// excerpts and updated wire versions whose Jaccard is low because one text is much longer.

export const MINHASH_SIZE = 128

export interface TextSketch {
  /** MINHASH_SIZE minimum hashes */
  mins: Uint32Array
  /** number of distinct shingles */
  size: number
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x2545f491 + i * 0x9e3779b9))

function mix32(x: number): number { // murmur3 finaliser
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b); x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35); x ^= x >>> 16
  return x >>> 0
}

export function sketchText(text: string): TextSketch {
  const shingles = shingleHashes(text)
  const mins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix32(x ^ SEEDS[i]!)
      if (h < mins[i]!) mins[i] = h
    }
  }
  return { mins, size: shingles.length }
}

export function estimateJaccard(a: TextSketch, b: TextSketch): number {
  let same = 0
  for (let i = 0; i < MINHASH_SIZE; i++) if (a.mins[i] === b.mins[i]) same++
  return same / MINHASH_SIZE
}

/** |A∩B| / min(|A|,|B|), from the Jaccard estimate and the set sizes. */
export function estimateContainment(a: TextSketch, b: TextSketch): number {
  if (!a.size || !b.size) return 0
  const j = estimateJaccard(a, b)
  const inter = (j * (a.size + b.size)) / (1 + j)
  return Math.min(1, inter / Math.min(a.size, b.size))
}

/** Compact, portable form for storage (base64 of the little-endian slots). */
export function encodeSketch(s: TextSketch): string {
  return `${s.size}:${Buffer.from(s.mins.buffer, s.mins.byteOffset, s.mins.byteLength).toString('base64')}`
}

export function decodeSketch(v: string): TextSketch {
  const i = v.indexOf(':')
  const buf = Buffer.from(v.slice(i + 1), 'base64')
  const mins = new Uint32Array(MINHASH_SIZE)
  for (let k = 0; k < MINHASH_SIZE; k++) mins[k] = buf.readUInt32LE(k * 4)
  return { mins, size: Number(v.slice(0, i)) }
}

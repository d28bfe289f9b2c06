// Word shingles of the cleaned text, hashed to 32 bits. Lower-cased letters/digits only, so case,
// punctuation and spacing changes made by republishers do not break the match.

const WORD = /[\p{L}\p{N}]+/gu
export const SHINGLE_WORDS = 4

function hashWord(w: string): number {
  let h = 0x811c9dc5 // FNV-1a
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Distinct hashed k-word shingles (a short text yields one shingle of all its words). */
export function shingleHashes(text: string, k = SHINGLE_WORDS): Uint32Array {
  const words: number[] = []
  for (const m of text.toLowerCase().matchAll(WORD)) words.push(hashWord(m[0]))
  const out = new Set<number>()
  const n = Math.max(1, words.length - k + 1)
  for (let i = 0; i < n && words.length; i++) {
    let h = 0x9e3779b9
    for (let j = i; j < Math.min(words.length, i + k); j++) h = Math.imul(h ^ words[j]!, 0x85ebca6b) ^ (h >>> 13)
    out.add(h >>> 0)
  }
  return Uint32Array.from(out)
}

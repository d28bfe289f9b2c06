// Word shingles of the cleaned text, hashed to 32 bits. Lower-cased letters/digits only, so case,
// punctuation and spacing changes made by republishers do not break the match.

const WORD_CHAR = /[\p{L}\p{N}]/u
export const SHINGLE_WORDS = 4

/** Hashes of the words of a text: runs of letters and digits, lower-cased, FNV-1a over their UTF-16 units.
 *  One pass over char codes; only non-ASCII characters are classified by the Unicode regex. */
function wordHashes(text: string): number[] {
  const lower = text.toLowerCase()
  const words: number[] = []
  let h = 0, inWord = false
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    let units = 1
    let isWord: boolean
    if (c < 128) isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    else {
      const cp = lower.codePointAt(i)!
      units = cp > 0xffff ? 2 : 1
      isWord = WORD_CHAR.test(String.fromCodePoint(cp))
    }
    if (isWord) {
      if (!inWord) { h = 0x811c9dc5; inWord = true }
      for (let u = 0; u < units; u++) h = Math.imul(h ^ lower.charCodeAt(i + u), 0x01000193)
    } else if (inWord) { words.push(h >>> 0); inWord = false }
    i += units - 1
  }
  if (inWord) words.push(h >>> 0)
  return words
}

/** Distinct hashed k-word shingles (a short text yields one shingle of all its words). */
export function shingleHashes(text: string, k = SHINGLE_WORDS): Uint32Array {
  const words = wordHashes(text)
  if (!words.length) return new Uint32Array(0)
  const n = Math.max(1, words.length - k + 1)
  const all = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9
    for (let j = i; j < Math.min(words.length, i + k); j++) h = Math.imul(h ^ words[j]!, 0x85ebca6b) ^ (h >>> 13)
    all[i] = h >>> 0
  }
  all.sort()
  let m = 0
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[m++] = all[i]!
  return all.slice(0, m)
}

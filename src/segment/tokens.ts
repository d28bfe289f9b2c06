import type { Tokens } from '../article/index.js'

// Words (letters/marks with inner apostrophes, hyphens and dots as in "U.S." or "co-operation"),
// numbers with separators, or any other single non-space character.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu

export function tokenize(text: string): Tokens {
  let cap = Math.max(16, text.length >> 2)
  let starts = new Uint32Array(cap)
  let ends = new Uint32Array(cap)
  let n = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (n === cap) {
      cap *= 2
      const s2 = new Uint32Array(cap); s2.set(starts); starts = s2
      const e2 = new Uint32Array(cap); e2.set(ends); ends = e2
    }
    let end = m.index + m[0].length
    // A trailing period belongs to the token only for abbreviations like "U.S." / "Mr."; keep it
    // for those with an inner dot or a short capitalised word, drop it otherwise.
    if (m[0].length > 1 && m[0].endsWith('.') && !/\.[\p{L}]+\.$|^[A-Z][a-z]{0,3}\.$/u.test(m[0])) end -= 1
    starts[n] = m.index
    ends[n] = end
    n++
    if (end < m.index + m[0].length) { TOKEN.lastIndex = end }
  }
  return { starts: starts.subarray(0, n), ends: ends.subarray(0, n), count: n }
}

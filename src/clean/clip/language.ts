// Cheap language guess: English function-word ratio, else the dominant non-Latin script.
const EN = new Set('the of and to in a is that for on with was as by said it at from his her has have be are were an he she not this its will would their they which who but or had been more than after'.split(' '))
const EN_MAX_LENGTH = Math.max(...[...EN].map((w) => w.length))
const SCRIPTS: [RegExp, string][] = [
  [/[\u4e00-\u9fff]/g, 'zh'], [/[\u3040-\u30ff]/g, 'ja'], [/[\uac00-\ud7af]/g, 'ko'], [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'], [/[\u0590-\u05ff]/g, 'he'], [/[\u0370-\u03ff]/g, 'el'], [/[\u0900-\u097f]/g, 'hi'], [/[\u0e00-\u0e7f]/g, 'th'],
]

/** ISO 639-1 code or null; looks at the first 800 characters (about 130 words) only. */
export function detectLanguage(text: string): string | null {
  const head = text.slice(0, 800)
  const { words: n, hits } = countEnglishWords(head.toLowerCase())
  if (n >= 3 && hits / n >= 0.12) return 'en'
  if (!/[^\u0000-\u024f]/.test(head)) return null
  let best: string | null = null, bestCount = head.length * 0.2
  for (const [re, code] of SCRIPTS) {
    const n = head.match(re)?.length ?? 0
    if (n > bestCount) { best = code; bestCount = n }
  }
  return best
}

/** Words (runs of a-z and Latin letters U+00C0–U+024F) and how many are English function words, in one
 *  pass without splitting: only short all-ASCII words can be function words, so only those are sliced. */
function countEnglishWords(lower: string): { words: number; hits: number } {
  let words = 0, hits = 0
  for (let i = 0; i < lower.length;) {
    if (!isWordChar(lower.charCodeAt(i))) { i++; continue }
    const start = i
    let ascii = true
    for (; i < lower.length; i++) {
      const c = lower.charCodeAt(i)
      if (c >= 97 && c <= 122) continue
      if (c >= 0xc0 && c <= 0x24f) { ascii = false; continue }
      break
    }
    words++
    if (ascii && i - start <= EN_MAX_LENGTH && EN.has(lower.slice(start, i))) hits++
  }
  return { words, hits }
}

function isWordChar(c: number): boolean { return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) }

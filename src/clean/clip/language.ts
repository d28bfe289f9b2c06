// Cheap language guess: English function-word ratio, else the dominant non-Latin script.
const EN = new Set('the of and to in a is that for on with was as by said it at from his her has have be are were an he she not this its will would their they which who but or had been more than after'.split(' '))
const SCRIPTS: [RegExp, string][] = [
  [/[\u4e00-\u9fff]/g, 'zh'], [/[\u3040-\u30ff]/g, 'ja'], [/[\uac00-\ud7af]/g, 'ko'], [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'], [/[\u0590-\u05ff]/g, 'he'], [/[\u0370-\u03ff]/g, 'el'], [/[\u0900-\u097f]/g, 'hi'], [/[\u0e00-\u0e7f]/g, 'th'],
]

/** ISO 639-1 code or null; looks at the first 800 characters (about 130 words) only. */
export function detectLanguage(text: string): string | null {
  const head = text.slice(0, 800)
  // English function words are ASCII, so an ASCII split is enough for the ratio.
  const words = head.toLowerCase().split(/[^a-z\u00c0-\u024f]+/)
  let hits = 0, n = 0
  for (const w of words) { if (!w) continue; n++; if (EN.has(w)) hits++ }
  if (n >= 3 && hits / n >= 0.12) return 'en'
  if (!/[^\u0000-\u024f]/.test(head)) return null
  let best: string | null = null, bestCount = head.length * 0.2
  for (const [re, code] of SCRIPTS) {
    const n = head.match(re)?.length ?? 0
    if (n > bestCount) { best = code; bestCount = n }
  }
  return best
}

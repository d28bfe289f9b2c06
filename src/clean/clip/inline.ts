// Web clippers flatten links to `[text](#)` / `[text](url)` and keep `**bold**` markers; the prose is the text.
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g
const LINK = /\[([^\]\n]*)\]\([^)\s\n]*(?:\s+"[^"\n]*")?\)/g
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g
const EMPHASIS = /(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s).,;:!?])/g

// A double space or an odd space (tab, no-break, thin, narrow no-break): one regex scan is faster
// than `includes('  ')` plus a character-class test.
const NEEDS_FOLD = /  |[\t\u00a0\u2009\u202f]/

/** Folds runs of spaces, tabs and non-breaking spaces; most lines need nothing, so test before replacing. */
export function foldLine(s: string): string {
  return NEEDS_FOLD.test(s) ? s.replace(/[\t \u00a0\u2009\u202f]+/g, ' ').trim() : s.trim()
}

/** Removes inline Markdown/clip markers and folds spaces; the words themselves are kept in order. */
export function stripInline(s: string): string {
  if (s.includes('](')) s = s.replace(IMAGE, '').replace(LINK, '$1')
  if (s.includes('**') || s.includes('__')) s = s.replace(STRONG, '$2')
  if (s.includes('*')) s = s.replace(EMPHASIS, '$1$2')
  return foldLine(s)
}

/** True when a raw block opens with a link fragment: a clip that resumed inside a sentence. */
export function startsWithLink(raw: string): boolean {
  return /^\s*\[[^\]\n]+\]\(/.test(raw)
}

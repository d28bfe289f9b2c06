// Web clippers flatten links to `[text](#)` / `[text](url)` and keep `**bold**` markers; the prose is the text.
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g
const LINK = /\[([^\]\n]*)\]\([^)\s\n]*(?:\s+"[^"\n]*")?\)/g
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g
const EMPHASIS = /(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s).,;:!?])/g

/** Folds runs of spaces, tabs and non-breaking spaces; most lines need nothing, so test before replacing. */
export function foldLine(s: string): string {
  return hasOddSpace(s) || s.includes('  ') ? s.replace(/[\t \u00a0\u2009\u202f]+/g, ' ').trim() : s.trim()
}

// One indexOf per character is faster than a character-class regex over the whole line.
function hasOddSpace(s: string): boolean {
  return s.includes('\t') || s.includes('\u00a0') || s.includes('\u2009') || s.includes('\u202f')
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

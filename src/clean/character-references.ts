import { decodeHTMLStrict } from 'entities'

// Text pasted or exported from web pages keeps HTML character references ("Jos&#233; Manuel Barroso",
// "America&#191;s", "Tate &amp; Lyle"): in text, Markdown and clipped input they are decoded before cleaning, so that
// names and quotes read as written. HTML input is decoded by its parser.
const REFERENCE = /&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/

/** The text with its character references decoded, and how many there were; the same string when there are none. */
export function decodeCharacterReferences(text: string): { text: string; count: number } {
  if (!REFERENCE.test(text)) return { text, count: 0 }
  let count = 0
  const decoded = text.replace(new RegExp(REFERENCE.source, 'g'), (ref) => {
    const out = decodeHTMLStrict(ref)
    if (out !== ref) count++
    return out
  })
  return { text: decoded, count }
}

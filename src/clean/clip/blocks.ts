/** One block of the input (a paragraph-sized line group) before classification. */
export interface Block {
  raw: string
  kind: 'p' | 'quote' | 'heading' | 'list'
  /** Blank line before this block in the input (as opposed to a single line break). */
  afterBlank: boolean
}

const TERMINAL = /[.!?:;"”’)\]…]\s*$/

/**
 * Clips keep one paragraph per line; blank lines are optional. A line joins the previous one only
 * when it continues a hard-wrapped sentence (the previous line has no end punctuation and this one
 * starts in lower case) and no blank line separates them.
 */
/** A block that is nothing but a link (`[Related story title](#)`) points elsewhere; it is not prose. */
export const LINK_ONLY = /^\[[^\]\n]+\]\([^)\n]*\)$/

export function splitClipBlocks(content: string): Block[] {
  const blocks: Block[] = []
  const lines = content.split(/\r?\n/)
  const wrapped = isDoubleSpacedWrap(lines)
  let blank = true
  for (const line of lines) {
    const t = line.trim()
    if (!t) { blank = true; continue }
    const prev = blocks[blocks.length - 1]
    if (prev && !TERMINAL.test(prev.raw) && (wrapped || (!blank && /^\p{Ll}/u.test(t)))) prev.raw += ` ${t}`
    else blocks.push({ raw: t, kind: 'p', afterBlank: blank })
    blank = false
  }
  return blocks
}

/** Text hard-wrapped at ~70 columns with a blank line after every line: most lines stop mid-sentence. */
function isDoubleSpacedWrap(lines: readonly string[]): boolean {
  let n = 0, cut = 0
  for (const l of lines) {
    const t = l.trim()
    if (!t) continue
    n++
    if (t.length >= 40 && t.length <= 100 && !TERMINAL.test(t)) cut++
  }
  return n >= 8 && cut / n > 0.5
}

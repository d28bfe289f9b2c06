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
export function splitClipBlocks(content: string): Block[] {
  const blocks: Block[] = []
  let blank = true
  for (const line of content.split(/\r?\n/)) {
    const t = line.trim()
    if (!t) { blank = true; continue }
    const prev = blocks[blocks.length - 1]
    if (prev && !blank && /^\p{Ll}/u.test(t) && !TERMINAL.test(prev.raw)) prev.raw += ` ${t}`
    else blocks.push({ raw: t, kind: 'p', afterBlank: blank })
    blank = false
  }
  return blocks
}

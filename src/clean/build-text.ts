import type { Paragraph } from '../article/index.js'

/** Joins cleaned blocks with blank lines and records each block's offsets in the joined text. */
export class TextBuilder {
  private parts: string[] = []
  private length = 0
  readonly paragraphs: Paragraph[] = []

  /** Adds one block; returns its start offset, or -1 if it was empty after trimming. */
  add(block: string, kind: Paragraph['kind'] = 'p'): number {
    const t = block.trim()
    if (!t) return -1
    if (this.parts.length) { this.parts.push('\n\n'); this.length += 2 }
    const start = this.length
    this.parts.push(t)
    this.length += t.length
    this.paragraphs.push({ start, end: this.length, kind })
    return start
  }

  get offset(): number { return this.length }
  toString(): string { return this.parts.join('') }
}

/** Folds runs of spaces/tabs and non-breaking spaces inside a line; keeps line breaks out. */
export function foldSpaces(s: string): string {
  return s.replace(/[\t \u00a0\u2009\u202f]+/g, ' ').trim()
}

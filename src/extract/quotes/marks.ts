import type { Range } from '../../article/index.js'

/** A stretch of text between quotation marks. `start/end` is the content (marks excluded). */
export interface QuoteSpan extends Range {
  open: number            // offset of the opening mark
  close: number           // offset of the closing mark, -1 when the quote was never closed (clipped text)
  paragraph: number       // paragraph where it opens
  paragraphs: number      // how many paragraphs it spans
}

const OPENERS = new Set(['“', '„', '«'])
const CLOSERS = new Set(['”', '»'])
const STRAIGHT = '"'
const MARK = /["“”„«»]|''/g

/**
 * Pairs double quotation marks paragraph by paragraph. Single marks are left alone: they are
 * apostrophes (Russia’s, ’90s) or quotes nested inside a double-quoted span, which stay content.
 * A paragraph that ends inside a quote continues into the next paragraph only when that one opens
 * with a quotation mark (the newspaper convention for multi-paragraph quotes); otherwise the
 * quote is bounded at its paragraph's end so clipped text never swallows the rest of the article.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = []
  let pending: { open: number; paragraph: number } | null = null
  let nextMark = -1 // the first mark at or after the last search's start (offsets only grow)
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!
    let open = -1
    let i = start
    if (pending) {
      const first = skipSpace(text, start, end)
      const prevEnd = trimEndAt(text, paragraphs[p - 1]!.start, paragraphs[p - 1]!.end)
      // A continued quote's paragraph ends a sentence; one that stops mid-sentence was clipped.
      const endsSentence = /[.!?…:;’'—-]/.test(text[prevEnd - 1] ?? '')
      if (endsSentence && first < end && (OPENERS.has(text[first]!) || text[first] === STRAIGHT)) { open = pending.open; i = first + 1 }
      else {
        const prev = paragraphs[p - 1]!
        out.push(span(text, pending.open, -1, trimEndAt(text, prev.start, prev.end), pending.paragraph, p - pending.paragraph))
      }
    }
    const openParagraph: number = pending && open >= 0 ? pending.paragraph : p
    pending = null
    let openedIn: number = openParagraph
    for (; i < end; i++) {
      // Jump to the next character that can be a mark; most of the text is skipped by the regex engine. The mark found
      // is kept: a paragraph with none would otherwise search on to the next mark again for every paragraph before it.
      if (nextMark < i) {
        MARK.lastIndex = i
        const found = MARK.exec(text)
        nextMark = found ? found.index : text.length
      }
      if (nextMark >= end) break
      i = nextMark
      const ch = text[i]!
      if (OPENERS.has(ch)) {
        // An opening mark typed where a closing one belongs (“It's unusual,“ said X): after a word or punctuation, before a space.
        if (open >= 0 && !isSpaceAt(text, i - 1) && isSpaceAt(text, i + 1)) { out.push(span(text, open, i, i, openedIn, p - openedIn + 1)); open = -1; continue }
        open = i; openedIn = p          // an opener inside an open quote: the earlier mark was unbalanced
      } else if (CLOSERS.has(ch)) {
        if (open >= 0) { out.push(span(text, open, i, i, openedIn, p - openedIn + 1)); open = -1 }
      } else if (ch === STRAIGHT || (ch === "'" && text[i + 1] === "'")) {
        // Two apostrophes stand for a straight double mark in some wire styles (''Like this,'' he said).
        const double = ch === "'"
        if (double) i++
        const markStart = double ? i - 1 : i
        if (open >= 0 && !(isSpaceAt(text, markStart - 1) && !isSpaceAt(text, i + 1))) { out.push(span(text, open, markStart, markStart, openedIn, p - openedIn + 1)); open = -1 }
        else { open = i; openedIn = p }
      }
    }
    if (open >= 0) pending = { open, paragraph: openedIn }
  }
  if (pending) {
    const last = paragraphs[paragraphs.length - 1]!
    out.push(span(text, pending.open, -1, trimEndAt(text, last.start, last.end), pending.paragraph, paragraphs.length - pending.paragraph))
  }
  return out.filter((q) => q.end > q.start)
}

function span(text: string, open: number, close: number, contentEnd: number, paragraph: number, paragraphs: number): QuoteSpan {
  let s = open + 1
  while (s < contentEnd && isSpaceAt(text, s)) s++
  let e = contentEnd
  while (e > s && isSpaceAt(text, e - 1)) e--
  return { open, close, start: s, end: e, paragraph, paragraphs }
}

function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true
  const c = text.charCodeAt(i)
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160
}
function skipSpace(text: string, i: number, end: number): number { while (i < end && isSpaceAt(text, i)) i++; return i }
function trimEndAt(text: string, start: number, end: number): number { while (end > start && isSpaceAt(text, end - 1)) end--; return end }

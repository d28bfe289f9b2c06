import type { Person } from '../../article/types.js'
import { matchBoilerplate } from './boilerplate.js'
import { parseByline, parseContributors, type Byline } from './byline.js'
import { matchCaption, type CaptionMatch } from './caption.js'
import { parseCopyright, type Copyright } from './copyright.js'
import { parsePublishedLine, type PublishedLine } from './published.js'

/** What one block is, judged on its own; position-dependent decisions (headline, body start) come later. */
export type Role =
  | { role: 'text' }
  | { role: 'boilerplate'; rule: string }
  | { role: 'caption'; caption: CaptionMatch }
  | { role: 'copyright'; copyright: Copyright }
  | { role: 'contributors'; people: Person[] }
  | { role: 'published'; published: PublishedLine }
  | { role: 'byline'; byline: Byline }

export function classifyBlock(text: string, capturedAt: string | null): Role {
  const bp = matchBoilerplate(text)
  if (bp) return { role: 'boilerplate', rule: bp }
  const copyright = parseCopyright(text)
  if (copyright) return { role: 'copyright', copyright }
  const caption = matchCaption(text)
  if (caption) return { role: 'caption', caption }
  if (text.length > 400) return { role: 'text' }
  const people = parseContributors(text)
  if (people) return { role: 'contributors', people }
  const published = parsePublishedLine(text, capturedAt)
  if (published) return { role: 'published', published }
  const byline = parseByline(text, capturedAt)
  if (byline) return { role: 'byline', byline }
  return { role: 'text' }
}

/** Reads like article prose: a finished sentence of some length, or a long run of words. */
export function isProse(text: string): boolean {
  const words = countWords(text)
  return words >= 40 || (words >= 8 && /[.!?…]["”’')\]]*$/.test(text))
}

export function countWords(s: string): number {
  let n = 0, inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

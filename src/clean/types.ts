import type { Paragraph, RawInput } from '../article/index.js'
import type { ArticleMeta, Message } from '../article/types.js'

/** What a format-specific cleaner returns: the article's prose only, in order, plus metadata. */
export interface CleanOutput {
  text: string
  paragraphs: Paragraph[]
  meta: Partial<ArticleMeta>
  messages: Omit<Message, 'stage'>[]
}

export type Cleaner = (input: RawInput, ctx: { capturedAt: string | null }) => CleanOutput

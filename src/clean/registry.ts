import type { InputFormat } from '../article/index.js'
import { cleanClip } from './clip/index.js'
import { cleanHtml } from './html/index.js'
import { cleanMarkdown } from './markdown.js'
import { cleanPlain } from './plain.js'
import type { Cleaner } from './types.js'

/** One cleaner per input format; the clean stage dispatches on `article.format`. */
export const CLEANERS: Record<InputFormat, Cleaner> = {
  text: cleanPlain,
  clip: cleanClip,
  markdown: cleanMarkdown,
  html: cleanHtml,
}

import type { InputFormat } from '../article/index.js'
import { cleanPlain } from './plain.js'
import type { Cleaner } from './types.js'

/** One cleaner per input format; the clean stage dispatches on `article.format`. */
export const CLEANERS: Record<InputFormat, Cleaner> = {
  text: cleanPlain,
  clip: cleanPlain,
  markdown: cleanPlain,
  html: cleanPlain,
}

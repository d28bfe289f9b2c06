import type { Tokens } from '../article/index.js'

/**
 * The article's tokens lower-cased (curly apostrophes as straight ones), one slot per token, filled by whichever
 * stage reads a token first and shared by the later ones: entities fills every slot, so events does not fold
 * the same words again. Keyed by the tokens object, so it goes away with the article.
 */
const shared = new WeakMap<Tokens, (string | undefined)[]>()

export function lowerWords(tokens: Tokens): (string | undefined)[] {
  let words = shared.get(tokens)
  if (!words) { words = new Array(tokens.count); shared.set(tokens, words) }
  return words
}

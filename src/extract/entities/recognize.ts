import type { Entity, Sentence, Tokens } from '../../article/index.js'
import type { Kb } from '../../kb/index.js'
import { addExtents } from './extent.js'
import { groupMentions } from './group.js'
import { lexicon } from './lexicon.js'
import { setAsideProducts } from './products.js'
import { scan } from './scan.js'
import { tokenView } from './token-view.js'

/** Entities of a text: KB names, unknown names from capitalisation and context, and within-text coreference. */
export function recognizeEntities(text: string, tokens: Tokens, sentences: readonly Sentence[], kb: Kb, date: string): Entity[] {
  const lex = lexicon()
  const toks = tokenView(text, tokens, sentences)
  const { mentions, titleRefs } = scan(text, toks, kb, lex)
  const entities = setAsideProducts(toks, groupMentions(text, toks, mentions, titleRefs, kb, lex, date))
  addExtents(toks, entities, lex)
  return entities
}

import type { Quote } from '../../article/index.js'
import { defineStage } from '../../pipeline/define-stage.js'
import { extractQuotes } from './extract.js'
import { loadQuoteLexicon } from './lexicon.js'

export const quotesStage = defineStage<Quote[]>({
  name: 'quotes',
  version: '1',
  description: 'Direct, partial and reported quotes with their speakers (cue lexicon data/quotes/cues.json).',
  requires: ['text', 'spans.paragraphs', 'spans.sentences', 'spans.tokens', 'spans.entities'],
  provides: ['spans.quotes'],
  compute(article) {
    const { paragraphs = [], sentences = [], tokens, entities = [] } = article.spans
    if (!tokens) return []
    return extractQuotes({ text: article.text, paragraphs, sentences, tokens, entities }, loadQuoteLexicon())
  },
  apply(article, quotes) {
    article.spans.quotes = quotes
  },
})

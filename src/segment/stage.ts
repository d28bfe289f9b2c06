import type { Sentence, Tokens } from '../article/index.js'
import { defineStage } from '../pipeline/define-stage.js'
import { splitSentences } from './sentences.js'
import { tokenize } from './tokens.js'

export const segmentStage = defineStage<{ sentences: Sentence[]; tokens: Tokens }>({
  name: 'segment',
  version: '1',
  description: 'Sentence boundaries within paragraphs and word tokens (offsets into text).',
  requires: ['text', 'spans.paragraphs'],
  provides: ['spans.sentences', 'spans.tokens'],
  compute(article) {
    return { sentences: splitSentences(article.text, article.spans.paragraphs ?? []), tokens: tokenize(article.text) }
  },
  apply(article, out) {
    article.spans.sentences = out.sentences
    article.spans.tokens = out.tokens
  },
})

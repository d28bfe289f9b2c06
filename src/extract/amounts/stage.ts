import type { Amount } from '../../article/index.js'
import { defineStage } from '../../pipeline/define-stage.js'
import { extractAmounts } from './extract.js'
import { loadAmountLexicon } from './lexicon.js'

export const amountsStage = defineStage<Amount[]>({
  name: 'amounts',
  version: '1',
  description: 'Numbers with the unit they count, currency and rate (data/amounts/units.json).',
  requires: ['text', 'spans.tokens'],
  provides: ['spans.amounts'],
  // Load the lexicon when the pipeline is built, not inside the first article's time.
  init() {
    try { loadAmountLexicon() } catch { /* reported per article by compute */ }
  },
  compute(article) {
    const tokens = article.spans.tokens
    return tokens ? extractAmounts(article.text, tokens, loadAmountLexicon()) : []
  },
  apply(article, amounts) {
    article.spans.amounts = amounts
  },
})

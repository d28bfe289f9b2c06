import type { Quote } from '../../article/index.js'
import { addMessage } from '../../article/index.js'
import { defineStage } from '../../pipeline/define-stage.js'
import { extractQuotes, type QuoteNote } from './extract.js'
import { candidateCollector, loadQuoteFilter } from './filter.js'
import { loadQuoteLexicon } from './lexicon.js'

const REASONS: Record<QuoteNote['code'], string> = {
  'quotes/unclosed-mark': 'a quotation mark is never closed (clipped text?); the quote was ended at its paragraph',
  'quotes/no-speaker': 'a quoted passage has no speaker the text credits',
}

export const quotesStage = defineStage<{ quotes: Quote[]; notes: QuoteNote[] }>({
  name: 'quotes',
  version: '1',
  description: 'Direct, partial and reported quotes with their speakers (cue lexicon data/quotes/cues.json).',
  requires: ['text', 'spans.paragraphs', 'spans.sentences', 'spans.tokens', 'spans.entities'],
  provides: ['spans.quotes'],
  // Load the lexicon when the pipeline is built, not inside the first article's time.
  init() {
    try { loadQuoteLexicon(); loadQuoteFilter() } catch { /* reported per article by compute */ }
  },
  compute(article) {
    const { paragraphs = [], sentences = [], tokens, entities = [] } = article.spans
    const notes: QuoteNote[] = []
    if (!tokens) return { quotes: [], notes }
    const quotes = extractQuotes({ text: article.text, paragraphs, sentences, tokens, entities }, loadQuoteLexicon(), notes, candidateCollector() ? null : loadQuoteFilter())
    return { quotes, notes }
  },
  apply(article, out) {
    article.spans.quotes = out.quotes
    for (const n of out.notes) addMessage(article, n.code, REASONS[n.code], { severity: 'info', place: n.place, stage: 'quotes' })
  },
})

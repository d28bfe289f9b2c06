export { quotesStage } from './stage.js'
export { extractQuotes, type QuoteInput, type QuoteNote } from './extract.js'
export { loadQuoteLexicon, type QuoteLexicon, type Cue, type CueClass } from './lexicon.js'
export { findQuoteSpans, type QuoteSpan } from './marks.js'

export { amountsStage } from './stage.js'
export { extractAmounts } from './extract.js'
export { loadAmountLexicon, type AmountLexicon } from './lexicon.js'

export * from './ingest-batch.js'
export { analyzeInput, type Analysed } from './analyze-input.js'
export { estimateTotal } from './estimate-total.js'

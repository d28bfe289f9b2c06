export { segmentStage } from './stage.js'
export { splitSentences } from './sentences.js'
export { tokenize } from './tokens.js'

export { cleanStage } from './stage.js'
export { CLEANERS } from './registry.js'
export * from './types.js'
export * from './build-text.js'

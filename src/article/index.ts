export * from './types.js'
export * from './article.js'

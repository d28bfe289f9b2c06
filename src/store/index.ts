export * from './store.js'
export * from './content-hash.js'

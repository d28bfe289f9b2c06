export * from './shingles.js'
export * from './minhash.js'
export * from './lsh.js'

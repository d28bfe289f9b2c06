export * from './to-record.js'
export * from './validate.js'

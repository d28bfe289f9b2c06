export * from './store.js'
export * from './content-hash.js'
export { openStore, StoreOpenError } from './open-store.js'
export { MIGRATIONS, migrate, migrateDown } from './migrations/index.js'

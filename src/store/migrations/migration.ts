import type { Db, StoreDialect } from '../dialect.js'

/** One schema step, written once for both backends; backend differences come from the dialect. */
export interface Migration {
  name: string
  up(db: Db, dialect: StoreDialect): Promise<void>
  down(db: Db, dialect: StoreDialect): Promise<void>
}

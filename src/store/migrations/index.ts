import type { Db, StoreDialect } from '../dialect.js'
import { initial } from './001-initial.js'
import type { Migration } from './migration.js'

export type { Migration } from './migration.js'

/** Ordered; append only. */
export const MIGRATIONS: readonly Migration[] = [initial]

/** Applies pending migrations in order, each in its own transaction; returns the names applied. */
export async function migrate(db: Db, dialect: StoreDialect): Promise<string[]> {
  await db.schema.createTable('entente_migrations').ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute()
  const applied = []
  for (const m of MIGRATIONS) {
    const done = await db.transaction().execute(async (trx) => {
      await dialect.serializeWrites(trx)
      const seen = await trx.selectFrom('entente_migrations').select('name').where('name', '=', m.name).executeTakeFirst()
      if (seen) return false
      await m.up(trx, dialect)
      await trx.insertInto('entente_migrations').values({ name: m.name, applied_at: new Date().toISOString() }).execute()
      return true
    })
    if (done) applied.push(m.name)
  }
  return applied
}

/** Reverts the last `steps` migrations (tests and manual rollbacks). */
export async function migrateDown(db: Db, dialect: StoreDialect, steps = 1): Promise<string[]> {
  const reverted = []
  for (const m of [...MIGRATIONS].reverse()) {
    if (reverted.length >= steps) break
    const seen = await db.selectFrom('entente_migrations').select('name').where('name', '=', m.name).executeTakeFirst()
    if (!seen) continue
    await db.transaction().execute(async (trx) => {
      await m.down(trx, dialect)
      await trx.deleteFrom('entente_migrations').where('name', '=', m.name).execute()
    })
    reverted.push(m.name)
  }
  return reverted
}

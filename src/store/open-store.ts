import { resolve } from 'node:path'
import type { StoreDialect } from './dialect.js'
import { KyselyStore } from './kysely-store.js'
import { postgresDialect } from './postgres/dialect.js'
import { openPostgres } from './postgres/open.js'
import { sqliteDialect } from './sqlite/dialect.js'
import { openSqlite } from './sqlite/open.js'
import { DEFAULT_DB, type OpenStoreOptions, type Store } from './store.js'

export class StoreOpenError extends Error {
  readonly code = 'store/open'
}

const isPostgres = (s: string) => /^postgres(ql)?:\/\//i.test(s)

/** Opens (and migrates) a store: `postgres://…` → PostgreSQL, anything else → a SQLite file path. */
export async function openStore(urlOrPath: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<Store> {
  const settings = { mergeWindowDays: options.mergeWindowDays ?? 3, duplicateContainment: options.duplicateContainment ?? 0.35 }
  const pgUrl = isPostgres(urlOrPath)
  const dialect: StoreDialect = pgUrl ? postgresDialect : sqliteDialect
  const location = pgUrl ? urlOrPath.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') : resolve(urlOrPath)
  let store: KyselyStore | null = null
  try {
    store = new KyselyStore(pgUrl ? openPostgres(urlOrPath) : openSqlite(urlOrPath), dialect, location, settings)
    await store.migrate()
    return store
  } catch (e) {
    await store?.close().catch(() => {})
    throw new StoreOpenError(`cannot open the store at ${location}: ${(e as Error).message}`)
  }
}

import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { Kysely, SqliteDialect } from 'kysely'
import type { StoreSchema } from '../schema.js'

/** An embedded SQLite file in WAL mode: readers never block the writer; each article commits on its own. */
export function openSqlite(path: string): Kysely<StoreSchema> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const database = new Database(path)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL') // durable at each WAL checkpoint; a crash loses no committed article
  database.pragma('busy_timeout = 10000')
  database.pragma('cache_size = -65536')
  database.pragma('temp_store = MEMORY')
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) })
}

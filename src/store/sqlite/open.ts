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
  // A large store's LSH bucket index and FTS pages are written at random: a 256 MB page cache keeps more of them,
  // and checkpointing the WAL every 32 MB instead of every 4 MB copies a page changed by several batches once
  // (a process crash still loses nothing committed: the WAL is replayed on open).
  database.pragma('cache_size = -262144')
  database.pragma('wal_autocheckpoint = 8000')
  database.pragma('temp_store = MEMORY')
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) })
}

/** Kysely prepares every query anew; re-using prepared statements for repeated SQL (the write path
 *  issues the same few statements per article) saves a large share of the write time. */
function withStatementCache(database: Database.Database, size = 256): Database.Database {
  const cache = new Map<string, Database.Statement>()
  return new Proxy(database, {
    get(target, prop) {
      if (prop !== 'prepare') { const v = Reflect.get(target, prop); return typeof v === 'function' ? v.bind(target) : v }
      return (source: string) => {
        let stmt = cache.get(source)
        if (stmt) { cache.delete(source); cache.set(source, stmt); return stmt }
        stmt = target.prepare(source)
        cache.set(source, stmt)
        if (cache.size > size) cache.delete(cache.keys().next().value!)
        return stmt
      }
    },
  })
}

import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { StoreSchema } from '../schema.js'

/** A pooled PostgreSQL connection; several processes may write at once. */
export function openPostgres(url: string): Kysely<StoreSchema> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 })
  pool.on('error', () => { /* an idle client lost its connection; the pool replaces it on next use */ })
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) })
}

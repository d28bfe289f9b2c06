import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { StoreSchema } from '../schema.js'

/** A pooled PostgreSQL connection; several processes may write at once. */
export function openPostgres(url: string): Kysely<StoreSchema> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 })
  pool.on('error', () => { /* an idle client lost its connection; the pool replaces it on next use */ })
  // A client checked out for a transaction can lose its connection between two queries (server
  // restart, pg_terminate_backend); pg then emits 'error' on the client itself, which would crash
  // the process. The running query/transaction fails and is retried by its caller instead.
  pool.on('connect', (client) => { client.on('error', () => {}) })
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) })
}

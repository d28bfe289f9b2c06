import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, findPostgresBin, startPostgres, type PostgresServer } from '../services/postgres.js'

/** The backends every store test runs against: a SQLite file and a real PostgreSQL on loopback. */
export interface TestBackend {
  name: 'sqlite' | 'postgres'
  available: boolean
  /** A fresh, empty store location. */
  fresh(tag: string): Promise<string>
  stop(): Promise<void>
}

export function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-'))
  return {
    name: 'sqlite', available: true,
    fresh: async (tag) => join(dir, `${tag}.db`),
    stop: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

export function postgresBackend(): TestBackend {
  let server: PostgresServer | null = null
  const available = !!process.env.ENTENTE_TEST_PG_URL || !!findPostgresBin()
  if (!available) console.warn('store tests: PostgreSQL not installed and ENTENTE_TEST_PG_URL unset — skipping the PostgreSQL backend')
  return {
    name: 'postgres', available,
    async fresh(tag) {
      server ??= await startPostgres()
      return createDatabase(server.url, `t_${tag.replace(/\W+/g, '_').toLowerCase()}_${process.pid}`)
    },
    async stop() { await server?.stop(); server = null },
  }
}

export const BACKENDS = [sqliteBackend, postgresBackend]

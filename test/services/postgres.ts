import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './free-port.js'

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust auth on loopback only) */
  url: string
  stop(): Promise<void>
}

/** Debian's PostgreSQL binaries (highest installed version), or null. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

/**
 * Starts a throw-away PostgreSQL server from Debian's package on 127.0.0.1 (free port, data and unix
 * socket in a temp dir). PostgreSQL refuses to run as root, so as root the binaries run as the
 * `postgres` user. `ENTENTE_TEST_PG_URL` points the tests at an existing server instead.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const given = process.env.ENTENTE_TEST_PG_URL
  if (given) return { url: given, stop: async () => {} }
  const bin = findPostgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql; or run scripts/test-deps.sh), or set ENTENTE_TEST_PG_URL')
  const asRoot = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), 'entente-pg-'))
  const data = join(dir, 'data')
  const wrap = (cmd: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args])
  let proc: ChildProcess | null = null
  try {
    if (asRoot) {
      const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim())
      const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim())
      if (!Number.isInteger(uid) || uid <= 0) throw new Error('running as root but there is no `postgres` user to run PostgreSQL as')
      chownSync(dir, uid, gid)
    }
    const [initCmd, initArgs] = wrap(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
    const init = spawnSync(initCmd, initArgs, { encoding: 'utf8', timeout: 60_000 })
    if (init.status !== 0) throw new Error(`initdb failed: ${(init.stderr || init.stdout || String(init.error)).trim().slice(-500)}`)
    const port = await freePort()
    const [cmd, args] = wrap(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir,
      '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'])
    const started = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    proc = started
    let log = ''
    started.stderr?.on('data', (d: Buffer) => { log = (log + d.toString()).slice(-2000) })
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`
    await waitReady(url, started, () => log, 30_000)
    const pgCtlStop = () => { const [c, a] = wrap(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w', '-t', '20']); spawnSync(c, a, { stdio: 'ignore', timeout: 30_000 }) }
    return { url, stop: () => stopServer(started, dir, pgCtlStop) }
  } catch (e) {
    if (proc) await stopServer(proc, dir, () => {})
    else rmSync(dir, { recursive: true, force: true })
    throw e
  }
}

async function waitReady(url: string, proc: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`postgres exited with status ${proc.exitCode}: ${log().trim()}`)
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    try { await client.connect(); await client.query('select 1'); await client.end(); return } catch { await client.end().catch(() => {}) }
    if (Date.now() > until) throw new Error(`postgres did not accept connections within ${timeoutMs} ms: ${log().trim()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function stopServer(proc: ChildProcess, dir: string, pgCtlStop: () => void): Promise<void> {
  // pg_ctl stops the postmaster itself and waits: a signal to `runuser` alone may not reach it
  pgCtlStop()
  if (proc.exitCode === null && proc.signalCode === null) {
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve())
      proc.kill('SIGINT') // fast shutdown; runuser passes the signal on
      setTimeout(() => proc.kill('SIGKILL'), 10_000).unref()
    })
  }
  rmSync(dir, { recursive: true, force: true })
}

/** Creates a fresh database on the server and returns its URL (tests isolate themselves this way). */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`)
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`drop database if exists ${name}`)
    await admin.query(`create database ${name}`)
  } finally { await admin.end() }
  const u = new URL(serverUrl)
  u.pathname = `/${name}`
  return u.toString()
}

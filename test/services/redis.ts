import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'

export interface RedisServer {
  url: string
  port: number
  /** Stops the server (SIGTERM, so it writes its append-only file) and starts it again on the same port and data. */
  restart(): Promise<void>
  stop(): Promise<void>
}

/**
 * Starts a real redis-server on 127.0.0.1 with an append-only file fsynced on every write, so a
 * restart keeps every queued job (what a production Redis for BullMQ should do too).
 * `ENTENTE_TEST_REDIS_URL` points the tests at an existing server instead.
 */
export async function startRedis(): Promise<RedisServer> {
  const given = process.env.ENTENTE_TEST_REDIS_URL
  if (given) return { url: given, port: Number(new URL(given).port || 6379), restart: async () => { throw new Error('cannot restart an external Redis') }, stop: async () => {} }
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server is not installed (Debian: apt-get install redis-server; or run scripts/test-deps.sh)')
  const dir = mkdtempSync(join(tmpdir(), 'entente-redis-'))
  const port = await freePort()
  let proc: ChildProcess | null = null
  const start = async () => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--protected-mode', 'yes', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' })
    await waitForPort(port, 10_000)
  }
  const stopProc = async () => {
    const p = proc
    if (!p || p.exitCode !== null) return
    await new Promise<void>((resolve) => { p.once('exit', () => resolve()); p.kill('SIGTERM'); setTimeout(() => { p.kill('SIGKILL') }, 5000).unref() })
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart() { await stopProc(); await start() },
    async stop() { await stopProc(); rmSync(dir, { recursive: true, force: true }) },
  }
}

export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createConnection({ host: '127.0.0.1', port }, () => { s.end(); resolve(true) })
      s.on('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > until) throw new Error(`nothing listening on 127.0.0.1:${port} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

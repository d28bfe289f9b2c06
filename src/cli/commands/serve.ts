import type { Command } from 'commander'
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../../serve/server.js'
import { DEFAULT_DB } from '../../store/store.js'
import { parseIntOption, parseSize } from '../options.js'

export interface ServeCliOpts { db: string; port: number; host: string; maxBody?: number; queue?: string }

/** Starts the server, prints its URL and closes it cleanly on Ctrl-C / SIGTERM. */
export async function serveUntilStopped(opts: ServeCliOpts, before?: (server: RunningServer) => void): Promise<void> {
  const server = await startServer({ db: opts.db, port: opts.port, host: opts.host, token: process.env.ENTENTE_TOKEN || null, maxBodyBytes: opts.maxBody, queue: opts.queue ?? process.env.ENTENTE_QUEUE ?? null })
  before?.(server)
  process.stdout.write(`entente workbench: ${server.url}  (store: ${server.store.location}; Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); void server.close().then(resolve) }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** The options `serve` and `demo` share: where the store is and where to listen. */
export function withServerOptions(command: Command): Command {
  return command
    .option('--db <path|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port (0 = any free port)', parseIntOption, DEFAULT_PORT)
    .option('--host <host>', 'interface to listen on; beyond loopback ENTENTE_TOKEN must be set', DEFAULT_HOST)
}

export function registerServe(program: Command): void {
  withServerOptions(program.command('serve')
    .description('serve the JSON API (/api, /openapi.json) and the web workbench over a store'))
    .option('--max-body <size>', 'largest request body (e.g. 5mb)', parseSize)
    .option('--queue <url>', 'Redis URL of the ingest queue to show at /-/queues (env ENTENTE_QUEUE)')
    .action(async (opts: ServeCliOpts) => serveUntilStopped(opts))
}

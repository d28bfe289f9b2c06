import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { ensureWebBuilt } from '../../serve/build-web.js'
import { openStore } from '../../store/index.js'
import { ingestBatch } from '../../store/ingest/ingest-batch.js'
import { serveUntilStopped, withServerOptions } from './serve.js'

export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url))
/** The example inputs: the JSONL batch and the other input forms. */
export const EXAMPLE_INPUTS = [`${EXAMPLES}articles.jsonl`, `${EXAMPLES}forms`]

interface DemoOpts { db: string; port: number; host: string; serve: boolean }

export function registerDemo(program: Command): void {
  withServerOptions(program.command('demo')
    .description('the main job (`npm start`): ingest the bundled example articles into a store and serve the workbench'))
    .option('--no-serve', 'ingest only, do not start the server')
    .action(async (opts: DemoOpts) => {
      const log = (line: string) => process.stderr.write(`entente: ${line}\n`)
      if (opts.serve) await ensureWebBuilt(log)
      const store = await openStore(opts.db)
      try {
        // A dozen short articles: analysing them in this thread is quicker than starting workers.
        const sum = await ingestBatch(EXAMPLE_INPUTS, { store, workers: 0 })
        log(`examples: ${sum.inserted} new article(s) with ${sum.events} event rows, ${sum.unchanged} already stored, ${sum.failures} failed → ${store.location}`)
      } finally { await store.close() }
      if (opts.serve) await serveUntilStopped({ db: opts.db, port: opts.port, host: opts.host })
    })
}

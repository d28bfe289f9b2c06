import type { Writable } from 'node:stream'
import { once } from 'node:events'
import type { EventFilter, Store } from '../store/index.js'
import { CSV_COLUMNS, csvRow } from './csv.js'
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js'
import { toGexf, toGraphml } from './graph-xml.js'
import { ploverRecord } from './plover.js'

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl', 'gexf', 'graphml'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportOptions { filter?: EventFilter; /** GDELT: first line with the column names */ header?: boolean }

/** Streams the store in one format; returns the number of records (events, articles or network edges) written. */
export async function exportStore(store: Store, format: ExportFormat, out: Writable, opts: ExportOptions = {}): Promise<number> {
  const write = async (s: string) => { if (!out.write(s)) await once(out, 'drain') }
  const f = opts.filter ?? {}
  let n = 0
  switch (format) {
    case 'gdelt':
      if (opts.header) await write(`${GDELT_COLUMNS.join('\t')}\n`)
      for await (const e of store.streamEvents(f)) { await write(`${gdeltRow(e)}\n`); n++ }
      return n
    case 'csv':
      await write(`${CSV_COLUMNS.join(',')}\r\n`)
      for await (const e of store.streamEvents(f)) { await write(`${csvRow(e)}\r\n`); n++ }
      return n
    case 'plover':
      for await (const e of store.streamEvents(f)) { await write(`${JSON.stringify(ploverRecord(e))}\n`); n++ }
      return n
    case 'jsonl':
      for await (const a of store.streamArticles({ outlet: f.outlet, from: f.from, to: f.to })) { await write(`${JSON.stringify(a.record)}\n`); n++ }
      return n
    case 'gexf':
    case 'graphml': {
      const net = await store.network(f)
      await write(format === 'gexf' ? toGexf(net) : toGraphml(net))
      return net.edges.length
    }
  }
}

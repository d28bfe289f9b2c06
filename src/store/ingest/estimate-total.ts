import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** A quick count of the articles in local inputs (JSONL lines, files in folders) for the progress ETA;
 *  0 when unknown (stdin, URLs, feeds). Never fails: it is only an estimate. */
export async function estimateTotal(specs: readonly string[]): Promise<number> {
  let total = 0
  for (const spec of specs) {
    try {
      if (spec === '-' || /^[a-z]+:\/\//i.test(spec)) return 0
      const info = await stat(spec)
      if (info.isDirectory()) total += await countFiles(spec)
      else if (/\.(jsonl|ndjson)$/i.test(spec)) total += await countLines(spec)
      else total += 1
    } catch { /* reported by the reader */ }
  }
  return total
}

async function countFiles(dir: string): Promise<number> {
  let n = 0
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue
    if (e.isDirectory()) n += await countFiles(join(dir, e.name))
    else if (e.isFile()) n += /\.(jsonl|ndjson)$/i.test(e.name) ? await countLines(join(dir, e.name)) : 1
  }
  return n
}

async function countLines(path: string): Promise<number> {
  let n = 0, last = 10
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++
    last = chunk[chunk.length - 1] ?? last
  }
  return last === 10 ? n : n + 1
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FILE = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url))
const HEADER = '# Benchmarks\n\nWritten by the bench scripts (`npm run bench`, `bench:extract`, `bench:store`, `bench:queue`); each owns one section below.\nThis machine is shared and noisy: read the ratios measured in the same run, not single absolute times.\n'

/** Replaces (or appends) one bench's section of BENCHMARKS.md, leaving the other benches' sections alone. */
export function writeBenchSection(name: string, markdown: string): void {
  const begin = `<!-- bench:${name} -->`, end = `<!-- /bench:${name} -->`
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER
  const block = `${begin}\n${markdown.trim()}\n${end}`
  const i = doc.indexOf(begin), j = doc.indexOf(end)
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`
  writeFileSync(FILE, doc)
}

/** A Markdown table from rows of cells. */
export function mdTable(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

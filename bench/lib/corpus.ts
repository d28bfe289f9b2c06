import { readFileSync } from 'node:fs'

export interface BenchDoc { record: Record<string, unknown>; text: string; words: number }

/** Default corpus: the AllSides international sample, read from ../shared at run time (never copied). */
export const DEFAULT_CORPUS = new URL('../../../shared/corpus/allsides-intl.jsonl', import.meta.url)

const WORD = /\S+/g

/** Words as whitespace-separated runs: one count for every engine, independent of any tokenizer. */
export function countWords(text: string): number {
  let n = 0
  WORD.lastIndex = 0
  while (WORD.exec(text)) n++
  return n
}

/** The first `limit` records of a JSONL corpus, with their text and word counts. */
export function loadCorpus(file: string | URL, limit = Infinity): BenchDoc[] {
  const out: BenchDoc[] = []
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    const line = lines[i]!.trim()
    if (!line) continue
    let record: Record<string, unknown>
    try { record = JSON.parse(line) as Record<string, unknown> } catch (e) {
      throw new Error(`bench/corpus: ${String(file)}:${i + 1}: not JSON (${(e as Error).message})`)
    }
    const text = typeof record.text === 'string' ? record.text : ''
    out.push({ record, text, words: countWords(text) })
  }
  return out
}

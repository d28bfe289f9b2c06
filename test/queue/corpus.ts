import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RawInput } from '../../src/article/index.js'
import { recordToInput } from '../../src/ingest/index.js'

const ALLSIDES = fileURLToPath(new URL('../../../shared/corpus/allsides-intl.jsonl', import.meta.url))

/** `n` distinct articles: real AllSides articles when ../shared is there, else generated news-style texts. */
export function testArticles(n: number): RawInput[] {
  const out: RawInput[] = []
  const seen = new Set<string>()
  if (existsSync(ALLSIDES)) {
    const lines = readFileSync(ALLSIDES, 'utf8').split('\n')
    for (let i = 0; i < lines.length && out.length < n; i++) {
      if (!lines[i]!.trim()) continue
      const input = recordToInput(JSON.parse(lines[i]!), `allsides:${i + 1}`)
      if (seen.has(input.content)) continue
      seen.add(input.content)
      out.push(input)
    }
  }
  const states = [['France', 'Germany'], ['Japan', 'China'], ['Brazil', 'Argentina'], ['Kenya', 'Ethiopia'], ['Canada', 'Mexico'], ['India', 'Pakistan']] as const
  for (let i = 0; out.length < n; i++) {
    const [a, b] = states[i % states.length]!
    const content = `${a} and ${b} agreed on Tuesday to expand trade talks, officials said in report ${i}.\n\n`
      + `The foreign minister of ${a} condemned a border incident and urged ${b} to withdraw its troops, according to a statement issued on day ${i % 28 + 1}.\n\n`
      + `${b} rejected the accusation and said it would continue to cooperate with ${a} on energy.`
    out.push({ source: `generated:${i}`, content, format: 'text', hints: { date: `2021-03-${String((i % 28) + 1).padStart(2, '0')}`, outlet: `Outlet ${i % 7}` } })
  }
  return out
}

import { describe, expect, it } from 'vitest'
import { countWords } from '../../bench/lib/corpus.js'
import { formatReport, wordsPerSecond } from '../../bench/lib/report.js'

const info = { corpus: 'c.jsonl', node: 'v20', cpu: 'cpu', cores: 2, date: '2030-01-01 00:00', command: 'npm run bench' }

describe('bench analyze report', () => {
  it('counts whitespace-separated words the same way for every engine', () => {
    expect(countWords('  Xi met Putin\n\nin Beijing on Friday. ')).toBe(7)
  })

  it('computes words/s, the ratios against the targets and per-stage µs per word', () => {
    const report = formatReport([
      { engine: 'entente', articles: 10, words: 10_000, ms: 20, maxRssMb: 150, stages: { clean: 5, quotes: 15 } },
      { engine: 'wink', articles: 10, words: 10_000, ms: 40, maxRssMb: 200 },
      { engine: 'compromise', articles: 2, words: 2_000, ms: 1_000, maxRssMb: 300 },
    ], info)
    expect(wordsPerSecond({ engine: 'x', articles: 1, words: 500, ms: 1000, maxRssMb: 1 })).toBe(500)
    expect(report).toContain('| 2.00× | met |')            // 500k ÷ 250k words/s
    expect(report).toContain('| 250.0× | met |')           // 500k ÷ 2k words/s
    expect(report).toContain('| quotes | 15 | 1.500 | 75.0% | over |')
    expect(report).toContain('ran on the first 2 articles only')
  })

  it('reports the second, warm pass beside the first and judges its ratios separately', () => {
    const report = formatReport([
      { engine: 'entente', articles: 10, words: 10_000, ms: 40, warmMs: 10, maxRssMb: 150, stages: {} },
      { engine: 'wink', articles: 10, words: 10_000, ms: 20, warmMs: 20, maxRssMb: 200 },
    ], info)
    expect(report).toContain('| 0.50× | NOT met |')        // first pass: 250k ÷ 500k words/s
    expect(report).toContain('second pass (warm) | 2.00× | met |') // warm: 1M ÷ 500k words/s
    expect(report).toMatch(/\| 1,000,000 \|\n/)           // the warm words/s column of entente's row
  })

  it('reports a missed target as not met', () => {
    const report = formatReport([
      { engine: 'entente', articles: 1, words: 1000, ms: 10, maxRssMb: 450, stages: {} },
      { engine: 'wink', articles: 1, words: 1000, ms: 5, maxRssMb: 100 },
    ], info)
    expect(report).toContain('| 0.50× | NOT met |')
    expect(report).toContain('| 450 MB | NOT met |')
  })
})

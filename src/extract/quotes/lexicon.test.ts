import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadQuoteLexicon } from './lexicon.js'

describe('quotes: cue lexicon', () => {
  it('gives every cue one object shape and keeps every option of data/quotes/cues.json', () => {
    const { cues } = loadQuoteLexicon()
    expect(new Set([...cues.values()].map((c) => Object.keys(c).join())).size).toBe(1)
    const file = JSON.parse(readFileSync(new URL('../../../data/quotes/cues.json', import.meta.url), 'utf8')) as { entries: Record<string, unknown>[] }
    for (const e of file.entries) {
      for (const form of e.forms as string[]) {
        const cue = cues.get(form) as unknown as Record<string, unknown>
        for (const [k, v] of Object.entries(e)) if (k !== 'forms') expect(cue[k], `${form}.${k}`).toEqual(v)
      }
    }
  })
})

import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../ingest/index.js'
import { cleanHtml } from './index.js'

// Golden pages: test/fixtures/html/<slug>/{input.html, expected.json}. Read through the real file reader
// (so saved non-UTF-8 pages are decoded by their <meta charset>), then cleaned.
const ROOT = new URL('../../../test/fixtures/html/', import.meta.url)
const slugs = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

interface Expected {
  meta: Record<string, unknown>
  paragraphs: [string, string][]
  textExcludes: string[]
  messages: string[]
}

describe('HTML fixtures', () => {
  it('has the fixtures the issue asks for', () => {
    expect(slugs).toEqual(expect.arrayContaining(['news-site-json-ld', 'opengraph-only', 'windows-1251', 'shift-jis', 'no-article']))
  })

  for (const slug of slugs) {
    it(slug, async () => {
      const expected = JSON.parse(readFileSync(new URL(`${slug}/expected.json`, ROOT), 'utf8')) as Expected
      const items = []
      for await (const item of readInputs([new URL(`${slug}/input.html`, ROOT).pathname])) items.push(item)
      expect(items).toHaveLength(1)
      const input = items[0]!.input!
      expect(input.format).toBe('html')
      const out = cleanHtml(input, { capturedAt: null })
      for (const [key, value] of Object.entries(expected.meta)) expect([key, out.meta[key as keyof typeof out.meta]]).toEqual([key, value])
      const got = out.paragraphs.map((p) => [p.kind, out.text.slice(p.start, p.end)])
      expect(got.length, got.map((g) => g.join(': ')).join('\n')).toBe(expected.paragraphs.length)
      expected.paragraphs.forEach(([kind, prefix], i) => expect(got[i]![0] + ': ' + got[i]![1]!.slice(0, prefix.length)).toBe(kind + ': ' + prefix))
      for (const bad of expected.textExcludes) expect(out.text).not.toContain(bad)
      expect(out.messages.map((m) => m.code)).toEqual(expected.messages)
    })
  }
})

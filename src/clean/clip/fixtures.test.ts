import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../ingest/index.js'
import { createPipeline } from '../../pipeline/index.js'
import { toRecord, validateRecord } from '../../record/index.js'

// Invented articles in other outlets' clip conventions: test/fixtures/clips/<slug>/{input.*, expected.json}.
const root = new URL('../../../test/fixtures/clips/', import.meta.url).pathname
const slugs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

interface Expected {
  format: string; capturedAt?: string; metadata: Record<string, unknown>
  bodyStartsWith: string; bodyEndsWith: string; bodyExcludes?: string[]
  paragraphs?: number; gapCount?: number; messages?: string[]
}

describe('clip fixtures through analyze', () => {
  const pipeline = createPipeline()
  it('has at least four conventions', () => expect(slugs.length).toBeGreaterThanOrEqual(4))

  for (const slug of slugs) {
    it(slug, async () => {
      const dir = join(root, slug)
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
      const items = []
      for await (const item of readInputs([join(dir, input)])) items.push(item)
      expect(items).toHaveLength(1)
      const raw = items[0]!.input!
      const record = toRecord(pipeline.run(raw, { capturedAt: expected.capturedAt ?? null }))
      expect(validateRecord(record)).toEqual([])
      expect(record.format).toBe(expected.format)
      expect(record.metadata).toMatchObject(expected.metadata)
      expect(record.text.startsWith(expected.bodyStartsWith)).toBe(true)
      expect(record.text.endsWith(expected.bodyEndsWith)).toBe(true)
      for (const s of expected.bodyExcludes ?? []) expect(record.text).not.toContain(s)
      if (expected.paragraphs !== undefined) expect(record.paragraphs).toHaveLength(expected.paragraphs)
      if (expected.gapCount !== undefined) expect(record.metadata.gaps).toHaveLength(expected.gapCount)
      const codes = record.messages.map((m) => m.code)
      for (const c of expected.messages ?? []) expect(codes).toContain(c)
      // Every gap is a real place in the text and the message points at it.
      for (const g of record.metadata.gaps) {
        expect(record.text.slice(g.offset).startsWith(g.after.replace(/…$/, ''))).toBe(true)
        expect(record.messages.some((m) => m.code === 'clip/gap' && m.place?.end === g.offset)).toBe(true)
      }
    })
  }
})

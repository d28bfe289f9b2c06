import { describe, expect, it } from 'vitest'
import { loadKb } from '../../kb/index.js'
import { splitSentences, tokenize } from '../../segment/index.js'
import { recognizeEntities } from './recognize.js'

// The recogniser builds every entity and every mention with the same fields in the same order (see
// entityMention): the stages that read them then stay optimised through a cold first pass. Invented text
// with a metonym, a title standing for a person, a described person and a product maker.
const TEXT = 'Beijing said on Monday that Chinese President Xi Jinping would visit Moscow. The Chinese president ' +
  'met Vladimir Putin there. Apple\'s iPhone sales fell, said Jane Doe, an analyst at the Carnegie Endowment.'

describe('entities: one object shape', () => {
  it('gives every entity the same keys, and every mention the same keys, whatever fields are set', () => {
    const es = recognizeEntities(TEXT, tokenize(TEXT), splitSentences(TEXT, [{ start: 0, end: TEXT.length, kind: 'p' }]), loadKb(), '2023-03-20')
    const mentions = es.flatMap((e) => e.mentions)
    expect(mentions.some((m) => m.actor) && mentions.some((m) => !m.actor)).toBe(true)
    expect(new Set(es.map((e) => Object.keys(e).join())).size).toBe(1)
    expect(new Set(mentions.map((m) => Object.keys(m).join())).size).toBe(1)
  })
})

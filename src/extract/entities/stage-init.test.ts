import { describe, expect, it } from 'vitest'
import { createPipeline, defineStage, DEFAULT_STAGES } from '../../pipeline/index.js'

describe('stage init', () => {
  it('runs each stage init once when the pipeline is created, before any article', () => {
    let inits = 0, computes = 0
    const counting = defineStage({
      name: 'counting', version: '1', description: '', requires: ['text'], provides: ['spans.counted'],
      init: () => { inits++ }, compute: () => { computes++; return null }, apply: () => {},
    })
    const pipeline = createPipeline({}, [...DEFAULT_STAGES, counting])
    expect([inits, computes]).toEqual([1, 0])
    pipeline.run({ source: 'a.txt', content: 'Officials in Oslo said the talks would resume.', format: 'text' })
    pipeline.run({ source: 'b.txt', content: 'A second short article.', format: 'text' })
    expect([inits, computes]).toEqual([1, 2])
  })
})

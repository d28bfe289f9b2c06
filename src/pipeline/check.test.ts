import { describe, expect, it } from 'vitest'
import { checkStages, createPipeline, DEFAULT_STAGES, defineStage, PipelineOrderError } from './index.js'

describe('pipeline order check', () => {
  it('the default pipeline has no missing requirements', () => {
    expect(checkStages(DEFAULT_STAGES).filter((r) => r.missing.length)).toEqual([])
  })

  it('refuses a stage whose requirement no earlier stage provides', () => {
    const late = defineStage({ name: 'late', version: '1', description: '', requires: ['spans.entities'], provides: ['x'], compute: () => null, apply: () => {} })
    expect(() => createPipeline({}, [late, ...DEFAULT_STAGES])).toThrow(PipelineOrderError)
    expect(checkStages([late])[0]!.missing).toEqual(['spans.entities'])
  })

  it('turns a failing stage into an error message and skips the stages that need it', () => {
    const boom = defineStage({ name: 'boom', version: '1', description: '', requires: ['text'], provides: ['spans.x'], compute: () => { throw new Error('kaput') }, apply: () => {} })
    const after = defineStage({ name: 'after', version: '1', description: '', requires: ['spans.x'], provides: ['spans.y'], compute: () => 1, apply: () => {} })
    const p = createPipeline({}, [...DEFAULT_STAGES, boom, after])
    const a = p.run({ source: 't', content: 'Some text.', format: 'text' })
    expect(a.messages.map((m) => m.code)).toEqual(['pipeline/stage-failed', 'pipeline/skipped'])
    expect(a.text).toBe('Some text.')
  })
})

import { z } from 'zod'
import { checkStages, DEFAULT_STAGES } from '../../pipeline/index.js'
import { defineRoute } from '../route.js'

export const pipelineRoute = defineRoute({
  method: 'get', path: '/-/pipeline', tag: 'system', summary: 'The analysis stages in order, with what each requires and provides',
  response: z.object({ stages: z.array(z.object({ stage: z.string(), version: z.string(), description: z.string(), requires: z.array(z.string()), provides: z.array(z.string()), missing: z.array(z.string()) })) }),
  handler: () => ({
    stages: checkStages(DEFAULT_STAGES).map((r) => ({ ...r, description: DEFAULT_STAGES.find((s) => s.name === r.stage)?.description ?? '' })),
  }),
})

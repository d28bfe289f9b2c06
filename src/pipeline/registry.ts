import type { Stage } from './define-stage.js'
import { cleanStage } from '../clean/stage.js'
import { segmentStage } from '../segment/stage.js'
import { entitiesStage } from '../extract/entities/stage.js'
import { amountsStage } from '../extract/amounts/stage.js'
import { quotesStage } from '../extract/quotes/stage.js'
import { eventsStage } from '../extract/events/stage.js'

// Order matters: each stage's `requires` must be provided by the reader or an earlier stage.
// `entente pipeline` prints this table; a test checks it has no problems.
// Planned order: clean → segment → entities → amounts → quotes → events.
export const DEFAULT_STAGES: readonly Stage<any>[] = [
  cleanStage,
  segmentStage,
  entitiesStage,
  amountsStage,
  quotesStage,
  eventsStage,
]

import type { RouteDef } from '../route.js'
import type { ServeDeps } from '../deps.js'
import { healthRoute } from './health.js'
import { pipelineRoute } from './pipeline.js'
import { queuesRoute } from './queues.js'

// System pages under /-/ (Datasette style), one line each; other areas add theirs here (e.g. /-/queues).
export const SYSTEM_ROUTES: RouteDef<any, any, any, ServeDeps>[] = [
  healthRoute,
  pipelineRoute,
  queuesRoute,
]

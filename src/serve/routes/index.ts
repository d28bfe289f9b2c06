import type { ServeDeps } from '../deps.js'
import type { RouteDef } from '../route.js'
import { ACTOR_ROUTES } from './actors.js'
import { analyzeRoute } from './analyze.js'
import { ARTICLE_ROUTES } from './articles.js'
import { duplicatesRoute } from './duplicates.js'
import { EVENT_ROUTES } from './events.js'
import { exportRoute } from './exports.js'
import { mergedEventsRoute } from './merged-events.js'
import { networkRoute } from './network.js'
import { quotesRoute } from './quotes.js'
import { searchRoute } from './search.js'
import { timelineRoute } from './timelines.js'

// The JSON API, one module per resource; this order is the order of /openapi.json.
export const API_ROUTES: RouteDef<any, any, any, ServeDeps>[] = [
  ...ARTICLE_ROUTES,
  ...ACTOR_ROUTES,
  ...EVENT_ROUTES,
  mergedEventsRoute,
  networkRoute,
  timelineRoute,
  quotesRoute,
  duplicatesRoute,
  searchRoute,
  exportRoute,
  analyzeRoute,
]

import { z } from 'zod'
import type { Network } from '../../store/store.js'
import { actorKind, ACTOR_KINDS } from '../actor-kind.js'
import { network } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { eventFilterQuery, toEventFilter } from '../query-params.js'
import { defineRoute } from '../route.js'

const networkQuery = z.object({
  ...eventFilterQuery,
  kind: z.string().min(1).transform((s) => s.split(',').filter(Boolean)).pipe(z.array(z.enum(ACTOR_KINDS))).optional()
    .describe(`actor kinds to keep, comma-separated: ${ACTOR_KINDS.join(', ')}`),
  min: z.coerce.number().int().min(1).max(100_000).optional().describe('smallest number of events on an edge'),
  maxEdges: z.coerce.number().int().min(1).max(5000).default(400).describe('strongest edges kept'),
})

/** Keeps the nodes of the wanted kinds and the edges between them, then drops nodes left without edges. */
type KindNetwork = Omit<Network, 'nodes'> & { nodes: (Network['nodes'][number] & { kind: string })[] }
export function filterKinds(net: KindNetwork, kinds: readonly string[] | undefined): KindNetwork {
  if (!kinds?.length) return net
  const keep = new Set(net.nodes.filter((n) => kinds.includes(n.kind)).map((n) => n.id))
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target))
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]))
  return { ...net, nodes: net.nodes.filter((n) => linked.has(n.id)), edges }
}

export const networkRoute = defineRoute({
  method: 'get', path: '/api/network', tag: 'network',
  summary: 'The alignment network: actors as nodes (with kind), dyads between two different actors as edges with counts, mean Goldstein and the cooperation/conflict split',
  query: networkQuery, response: network,
  handler: async ({ query: q, deps }: { query: z.output<typeof networkQuery>; deps: ServeDeps }) => {
    const net = await deps.store.network({ ...toEventFilter(q), minCount: q.min, maxEdges: q.maxEdges })
    // An actor acting on itself (RUSGOV → RUS) is not an alignment between two actors: no self-loops.
    const edges = net.edges.filter((e) => e.source !== e.target)
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]))
    const nodes = net.nodes.filter((n) => linked.has(n.id)).map((n) => ({ ...n, kind: actorKind(n.id, n.country) }))
    return filterKinds({ ...net, edges, nodes }, q.kind)
  },
})

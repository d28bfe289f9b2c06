import { z } from 'zod'
import type * as S from '../store/store.js'

// Response shapes of the JSON API: the store's query results (src/store/store.ts) as zod, for /openapi.json.
// The `Same<…>` checks at the bottom fail the type-check if the store's types and these drift apart.

const page = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() }
const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), ...page })

export const articleSummary = z.object({
  id: z.number().int(), source: z.string(), outlet: z.string().nullable(), headline: z.string().nullable(), url: z.string().nullable(),
  published: z.string().nullable(), contentHash: z.string(), events: z.number().int(), quotes: z.number().int(),
  cluster: z.number().int().nullable(), ingestedAt: z.string(),
})
export const articleHit = articleSummary.extend({ snippet: z.string().describe('excerpt; matched words wrapped in [ ]') })
export const articleList = pageOf(articleSummary)
export const articleHits = pageOf(articleHit)

const modality = z.object({ negated: z.boolean(), hypothetical: z.boolean(), future: z.boolean(), reported: z.boolean() })
export const eventRow = z.object({
  id: z.number().int(), articleId: z.number().int(), eventId: z.string(), type: z.string(), mode: z.string().nullable(),
  cameo: z.string(), quadClass: z.number().int(), goldstein: z.number(),
  source: z.string(), sourceName: z.string().nullable(), sourceCountry: z.string().nullable(),
  target: z.string(), targetName: z.string().nullable(), targetCountry: z.string().nullable(),
  date: z.string().nullable(), outlet: z.string().nullable(), modality,
  evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  rule: z.string(), location: z.string().nullable(), url: z.string().nullable(), headline: z.string().nullable(),
  context: z.array(z.string()).describe('PLOVER contexts'),
  merged: z.object({ id: z.number().int(), numMentions: z.number().int(), numArticles: z.number().int(), numSources: z.number().int() }).nullable()
    .describe('the merged event it belongs to (null for denied, hypothetical, undated or one-sided events)'),
  addedAt: z.string().describe('when its article was stored (ISO)'),
})
export const eventList = pageOf(eventRow)

export const networkNode = z.object({
  id: z.string(), name: z.string().nullable(), country: z.string().nullable(), events: z.number().int(),
  asSource: z.number().int(), asTarget: z.number().int(),
  kind: z.string().describe('state, government, security, opposition, business, media, society, organisation or other (from the CAMEO code)'),
})
export const networkEdge = z.object({
  source: z.string(), target: z.string(), count: z.number().int(), meanGoldstein: z.number(),
  cooperation: z.number().int(), conflict: z.number().int(), byQuadClass: z.tuple([z.number(), z.number(), z.number(), z.number()]),
})
export const network = z.object({ nodes: z.array(networkNode), edges: z.array(networkEdge), events: z.number().int() })

export const timelinePoint = z.object({ period: z.string(), count: z.number().int(), meanGoldstein: z.number(), cooperation: z.number().int(), conflict: z.number().int() })
export const timeline = z.object({ bucket: z.enum(['day', 'week', 'month']), points: z.array(timelinePoint), events: eventList })

export const actorSummary = z.object({
  code: z.string(), name: z.string().nullable(), country: z.string().nullable(), sector: z.string().nullable(),
  events: z.number().int(), articles: z.number().int(),
})
export const actorList = pageOf(actorSummary)
export const quoteRow = z.object({
  id: z.number().int(), articleId: z.number().int(), text: z.string(), direct: z.boolean(), speakerName: z.string().nullable(),
  speakerEntity: z.string().nullable(), speakerCode: z.string().nullable(), cue: z.string().nullable(), start: z.number().int(), end: z.number().int(),
  headline: z.string().nullable(), published: z.string().nullable(), outlet: z.string().nullable(),
})
export const quoteList = pageOf(quoteRow)
export const actorDetail = actorSummary.extend({
  names: z.array(z.string()),
  roles: z.array(z.object({ name: z.string(), role: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  counterparts: z.array(z.object({ code: z.string(), name: z.string().nullable(), count: z.number().int(), meanGoldstein: z.number() })),
  quotes: z.number().int(),
})
export const actorPage = z.object({ actor: actorDetail, quotes: quoteList })
export const duplicateCluster = z.object({
  id: z.number().int(), size: z.number().int(),
  articles: z.array(z.object({ id: z.number().int(), source: z.string(), outlet: z.string().nullable(), headline: z.string().nullable(), published: z.string().nullable() })),
})
export const clusterList = pageOf(duplicateCluster)
export const searchResult = z.object({ q: z.string(), articles: articleHits, actors: actorList, quotes: quoteList })
export const ingestResult = z.object({ id: z.number().int(), inserted: z.boolean(), events: z.number().int(), cluster: z.number().int().nullable() })

export type EventRow = z.infer<typeof eventRow>
export type NetworkNode = z.infer<typeof networkNode>
export type Network = z.infer<typeof network>
export type Timeline = z.infer<typeof timeline>
export type ActorPage = z.infer<typeof actorPage>
export type SearchResult = z.infer<typeof searchResult>
export type ArticleList = z.infer<typeof articleList>
export type ArticleHits = z.infer<typeof articleHits>
export type ClusterList = z.infer<typeof clusterList>
export type QuoteRow = z.infer<typeof quoteRow>

// Compile-time drift checks between the store's types and these schemas.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const drift: [
  Same<z.infer<typeof articleSummary>, S.ArticleSummary>, Same<z.infer<typeof eventRow>, S.StoredEvent>,
  Same<z.infer<typeof networkEdge>, S.NetworkEdge>, Same<z.infer<typeof timelinePoint>, S.TimelinePoint>,
  Same<z.infer<typeof quoteRow>, S.StoredQuote>, Same<z.infer<typeof actorDetail>, S.ActorDetail>,
  Same<z.infer<typeof duplicateCluster>, S.DuplicateCluster>,
] = [true, true, true, true, true, true, true]
void drift

import { z } from 'zod'
import { contentHash } from '../../store/content-hash.js'
import { articleHits, articleList, articleSummary, ingestResult } from '../api-schemas.js'
import type { ServeDeps } from '../deps.js'
import { ApiError } from '../errors.js'
import { pageQuery, toPage } from '../query-params.js'
import { defineRoute } from '../route.js'
import { analysisRecordSchema, withProperties } from '../schemas.js'
import { analyzeBody, inputFromBody } from './analyze.js'

type D = { deps: ServeDeps }
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
const listQuery = z.object({
  q: z.string().max(500).optional().describe('full-text search; results carry snippets'),
  outlet: z.string().max(200).optional(), from: isoDay.optional(), to: isoDay.optional(),
  cluster: z.coerce.number().int().min(1).optional().describe('near-duplicate cluster id'),
  ...pageQuery,
})
export const articleId = z.object({ id: z.coerce.number().int().min(1).describe('stored article id') })

export const listArticlesRoute = defineRoute({
  method: 'get', path: '/api/articles', tag: 'articles', summary: 'Stored articles, newest first; with q, a full-text search with snippets',
  query: listQuery, response: z.union([articleList, articleHits]),
  handler: ({ query: q, deps }: D & { query: z.output<typeof listQuery> }) => q.q?.trim()
    ? deps.store.searchArticles(q.q.trim(), toPage(q))
    : deps.store.listArticles({ outlet: q.outlet, from: q.from, to: q.to, cluster: q.cluster }, toPage(q)),
})

export const getArticleRoute = defineRoute({
  method: 'get', path: '/api/articles/:id', tag: 'articles', summary: 'One stored article with its analysis record (`record`)',
  params: articleId,
  response: withProperties(articleSummary, { record: analysisRecordSchema }),
  handler: async ({ params, deps }: D & { params: z.output<typeof articleId> }) => {
    const a = await deps.store.getArticle(params.id)
    if (!a) throw new ApiError(404, 'article/not-found', `no stored article ${params.id}`)
    return a
  },
})

const ingestBody = analyzeBody.and(z.object({
  title: z.string().max(1000).optional().describe('headline, when the text does not carry one'),
  date: isoDay.optional().describe('publication date'),
  outlet: z.string().max(200).optional(),
}))

export const ingestArticleRoute = defineRoute({
  method: 'post', path: '/api/articles', tag: 'articles', write: true,
  summary: 'Analyse and store one article (idempotent by content hash: re-posting the same content changes nothing)',
  body: ingestBody, response: ingestResult,
  handler: async ({ body, deps }: D & { body: z.output<typeof ingestBody> }) => {
    const input = await inputFromBody(body, deps)
    input.hints = { ...input.hints, headline: body.title ?? input.hints?.headline ?? null, date: body.date ?? input.hints?.date ?? null, outlet: body.outlet ?? input.hints?.outlet ?? null }
    const record = deps.analyze(input)
    return deps.store.putArticle(record, { contentHash: contentHash(input), outlet: body.outlet ?? null })
  },
})

export const ARTICLE_ROUTES = [listArticlesRoute, getArticleRoute, ingestArticleRoute]

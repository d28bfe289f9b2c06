import { z } from 'zod'
import type { RawInput } from '../../article/index.js'
import { detectFormat } from '../../ingest/detect.js'
import type { ServeDeps } from '../deps.js'
import { ApiError } from '../errors.js'
import { defineRoute } from '../route.js'
import { analysisRecordSchema } from '../schemas.js'

export const analyzeBody = z.object({
  text: z.string().min(1).optional().describe('article text: plain, Markdown or a web clip'),
  html: z.string().min(1).optional().describe('an HTML page'),
  url: z.url({ protocol: /^https?$/ }).optional().describe('a page to fetch and analyse'),
  format: z.enum(['clip', 'text', 'markdown', 'html']).optional().describe('force the input format'),
  source: z.string().max(500).optional().describe('name to record as the source (default "api")'),
}).refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, { message: 'give exactly one of text, html or url' })

/** Builds the RawInput for a body with text, HTML or a URL. */
export async function inputFromBody(body: z.output<typeof analyzeBody>, deps: ServeDeps): Promise<RawInput> {
  if (body.url !== undefined) {
    if (!deps.fetchUrl) throw new ApiError(501, 'analyze/url-unsupported', 'this server does not fetch URLs; send the page as html')
    try {
      return await deps.fetchUrl(body.url)
    } catch (e) {
      const code = (e as { code?: unknown }).code
      throw new ApiError(502, 'analyze/fetch-failed', `could not fetch ${body.url}: ${(e as Error).message}`, typeof code === 'string' ? { cause: code } : undefined)
    }
  }
  const content = body.html ?? body.text!
  const format = body.format ?? (body.html !== undefined ? 'html' : detectFormat(content))
  return { source: body.source ?? 'api', content, format, id: null }
}

export const analyzeRoute = defineRoute({
  method: 'post', path: '/api/analyze', tag: 'analyze',
  summary: 'Analyse one article (text, HTML or URL) and return its analysis record; nothing is stored',
  body: analyzeBody,
  response: analysisRecordSchema,
  handler: async ({ body, deps }: { body: z.output<typeof analyzeBody>; deps: ServeDeps }) => deps.analyze(await inputFromBody(body, deps)),
})

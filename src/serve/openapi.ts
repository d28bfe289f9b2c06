import { z } from 'zod'
import type { RouteDef } from './route.js'
import { recordComponents, type JsonSchema } from './schemas.js'

const ERROR = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })

function jsonSchema(schema: z.ZodType | JsonSchema, io: 'input' | 'output'): Record<string, unknown> {
  if (!(schema instanceof z.ZodType)) return { ...schema }
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>
  return rest
}

/** Query/path parameters from a zod object: one OpenAPI parameter per key. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): object[] {
  if (!schema) return []
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === 'path' || (js.required ?? []).includes(name),
    ...(s.description ? { description: s.description } : {}), schema: s,
  }))
}

/** The OpenAPI 3.1 document, generated from the same route definitions that validate requests. */
export function buildOpenApi(routes: readonly RouteDef<any, any, any, any>[], info: { title: string; version: string }): object {
  const paths: Record<string, Record<string, object>> = {}
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}')
    const ok: Record<string, object> = {}
    if (r.response) ok['application/json'] = { schema: jsonSchema(r.response, 'output') }
    for (const type of r.produces ?? []) ok[type] = { schema: { type: 'string' } }
    const errorContent = { 'application/json': { schema: jsonSchema(ERROR, 'output') } }
    paths[path] ??= {}
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').split(/[/-]/).map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('')}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
      responses: {
        200: { description: 'OK', ...(Object.keys(ok).length ? { content: ok } : {}) },
        400: { description: 'Invalid request', content: errorContent },
        ...(r.write ? { 401: { description: 'Missing or wrong bearer token', content: errorContent } } : {}),
        ...(r.path.includes(':') ? { 404: { description: 'Not found', content: errorContent } } : {}),
      },
    }
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: { schemas: recordComponents(), securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'ENTENTE_TOKEN; required for write endpoints when the server listens beyond loopback' } } },
  }
}

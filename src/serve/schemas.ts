import { readFileSync } from 'node:fs'
import { z } from 'zod'

/** A response described directly as JSON Schema rather than zod (the analysis record has its own schema file). */
export type JsonSchema = Record<string, unknown>

export const analysisRecordSchema: JsonSchema = { $ref: '#/components/schemas/AnalysisRecord' }

/** A zod object's JSON Schema plus extra properties given as JSON Schema. */
export function withProperties(base: z.ZodObject, extra: Record<string, JsonSchema>): JsonSchema {
  const js = z.toJSONSchema(base, { io: 'output' }) as { properties: object; required?: string[] }
  return { type: 'object', properties: { ...js.properties, ...extra }, required: [...(js.required ?? []), ...Object.keys(extra)] }
}

/** schema/analysis-record.schema.json as OpenAPI components: its `definitions` become sibling components. */
export function recordComponents(): Record<string, unknown> {
  const raw = readFileSync(new URL('../../schema/analysis-record.schema.json', import.meta.url), 'utf8')
  const schema = JSON.parse(raw.replaceAll('"#/definitions/', '"#/components/schemas/')) as Record<string, unknown>
  const { definitions = {}, $schema: _s, $id: _i, ...record } = schema as { definitions?: Record<string, unknown>; $schema?: string; $id?: string }
  return { ...definitions, AnalysisRecord: record }
}

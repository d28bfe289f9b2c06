import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'

const schemaPath = new URL('../../schema/analysis-record.schema.json', import.meta.url)
let validator: ReturnType<Ajv['compile']> | null = null

/** Validates a record against schema/analysis-record.schema.json; also checks every span lies inside `text`. */
export function validateRecord(record: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
  const errors = validator(record) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
  const r = record as { text?: string; entities?: { mentions: { start: number; end: number; text: string }[] }[]; quotes?: { start: number; end: number }[]; amounts?: { start: number; end: number; text: string }[]; events?: { evidence: { start: number; end: number } }[] }
  const len = typeof r.text === 'string' ? r.text.length : 0
  const check = (path: string, s: { start: number; end: number; text?: string }) => {
    if (s.start > s.end || s.end > len) errors.push(`${path} span ${s.start}-${s.end} lies outside text (length ${len})`)
    else if (typeof s.text === 'string' && r.text!.slice(s.start, s.end) !== s.text) errors.push(`${path} text does not match its span`)
  }
  r.entities?.forEach((e, i) => e.mentions.forEach((m, j) => check(`/entities/${i}/mentions/${j}`, m)))
  r.quotes?.forEach((q, i) => check(`/quotes/${i}`, q))
  r.amounts?.forEach((a, i) => check(`/amounts/${i}`, a))
  r.events?.forEach((e, i) => check(`/events/${i}/evidence`, e.evidence))
  return errors
}

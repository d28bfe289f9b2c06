import { InvalidArgumentError } from 'commander'
import type { InputFormat } from '../article/index.js'

const FORMATS: InputFormat[] = ['clip', 'text', 'markdown', 'html']

export function parseFormat(v: string): InputFormat {
  if (!FORMATS.includes(v as InputFormat)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}`)
  return v as InputFormat
}

export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(v.trim())
  if (!m) throw new InvalidArgumentError('expected a size such as 500kb, 20mb or 1gb')
  const unit = (m[2] ?? 'b').toLowerCase()[0]
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.round(Number(m[1]) * mult)
}

export function parseWhen(v: string): string {
  const t = Date.parse(v)
  if (Number.isNaN(t)) throw new InvalidArgumentError('expected an ISO date or date-time, e.g. 2022-02-04T18:00Z')
  return new Date(t).toISOString()
}

export function parseIntOption(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number')
  return n
}

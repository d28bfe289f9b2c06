import { createReadStream } from 'node:fs'
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { join, relative } from 'node:path'
import { createInterface } from 'node:readline'
import type { InputFormat, RawInput } from '../article/index.js'
import { decodeBytes } from './decode.js'
import { detectFormat } from './detect.js'
import { InputError } from './errors.js'
import { recordToInput } from './records.js'
import { feedReader } from './feed-reader.js'
import { urlReader } from './url-reader.js'
import { effectiveCharset, sniffDeclaredCharset } from './fetch-charset.js'

export interface ReadOptions {
  format?: InputFormat
  /** Largest single article accepted, in bytes (files, JSONL lines, downloads). */
  maxBytes?: number
  /** Follow feed item links and fetch URLs (network readers). */
  fetch?: boolean
}

export type ReadItem = { input: RawInput; error?: undefined } | { error: InputError; input?: undefined }

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
const JSONL = /\.(jsonl|ndjson)$/i
const SKIP_IN_DIRS = /(^|\/)(\.[^/]*|node_modules)$/

/** Extra readers (feeds, URLs) register here so `readInputs` stays one entry point. */
export interface SpecReader {
  name: string
  /** Claims a spec (a URL, or a file whose name/head matches) before the default readers. */
  claims(spec: string, head?: string): boolean
  read(spec: string, opts: ReadOptions): AsyncIterable<ReadItem>
}
export const SPEC_READERS: SpecReader[] = [urlReader, feedReader]

/** Streams articles from files, folders (recursively), JSON/JSONL, "-" (stdin) and registered readers.
 *  Problems become `{error}` items with their location; reading goes on. */
export async function* readInputs(specs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const spec of specs) {
    const byName = SPEC_READERS.find((r) => r.claims(spec))
    if (byName) { yield* byName.read(spec, opts); continue }
    if (spec === '-') { yield* readStdin(opts); continue }
    let info
    try { info = await stat(spec) } catch (e) { yield { error: new InputError('input/not-found', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, spec) }; continue }
    if (info.isDirectory()) yield* readDir(spec, spec, opts)
    else yield* readFileSpec(spec, info.size, opts)
  }
}

async function* readDir(dir: string, root: string, opts: ReadOptions, seen = new Set<string>()): AsyncGenerator<ReadItem> {
  // Symlinked folders are followed once; a link cycle would otherwise never end.
  try { const real = await realpath(dir); if (seen.has(real)) return; seen.add(real) } catch { /* reported by readdir below */ }
  let entries
  try { entries = await readdir(dir, { withFileTypes: true }) } catch (e) {
    yield { error: new InputError('input/unreadable', `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, dir) }
    return
  }
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const e of entries) {
    const path = join(dir, e.name)
    if (SKIP_IN_DIRS.test(path) && relative(root, path)) continue
    if (e.isDirectory()) { yield* readDir(path, root, opts, seen); continue }
    let info
    try { info = await stat(path) } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      yield { error: new InputError('input/unreadable', e.isSymbolicLink() && code === 'ENOENT' ? 'broken symbolic link' : `cannot read: ${code ?? (err as Error).message}`, path) }
      continue
    }
    if (info.isDirectory()) { yield* readDir(path, root, opts, seen); continue }
    // FIFOs, sockets and devices inside a folder are not articles, and opening a FIFO would block.
    if (!info.isFile()) { yield { error: new InputError('input/not-a-file', `not a regular file (${kindOf(info)}); skipped`, path) }; continue }
    yield* readFileSpec(path, info.size, opts)
  }
}

async function* readFileSpec(path: string, size: number, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (JSONL.test(path)) { yield* readJsonl(createReadStream(path), path, opts); return }
  const head = await readHead(path)
  const claimed = SPEC_READERS.find((r) => r.claims(path, head))
  if (claimed) { yield* claimed.read(path, opts); return }
  if (size > max) { yield { error: new InputError('input/too-large', `file is ${fmtBytes(size)}, over the ${fmtBytes(max)} limit (raise it with --max-bytes)`, path) }; return }
  let bytes: Buffer
  try { bytes = await readFile(path) } catch (e) {
    yield { error: new InputError('input/unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path) }
    return
  }
  yield* bytesToItems(bytes, path, opts, effectiveCharset(bytes, sniffDeclaredCharset(bytes))) // <meta charset> of saved non-UTF-8 pages
}

export function* bytesToItems(bytes: Uint8Array, location: string, opts: ReadOptions, declaredCharset?: string | null): Generator<ReadItem> {
  try {
    if (bytes.length === 0) throw new InputError('input/empty', 'the input is empty', location)
    const decoded = decodeBytes(bytes, location, declaredCharset)
    if (!decoded.text.trim()) throw new InputError('input/empty', 'the input has no text', location)
    if (/\.json$/i.test(location)) {
      let parsed: unknown
      try { parsed = JSON.parse(decoded.text) } catch (e) { throw new InputError('input/json', `invalid JSON: ${(e as Error).message}`, location) }
      const list = Array.isArray(parsed) ? parsed : [parsed]
      for (let i = 0; i < list.length; i++) {
        const loc = list.length > 1 ? `${location}#${i + 1}` : location
        try { yield { input: { ...recordToInput(list[i], loc, opts.format), messages: decoded.messages } } } catch (e) { yield { error: asInputError(e, loc) } }
      }
      return
    }
    yield { input: { source: location, content: decoded.text, format: opts.format ?? detectFormat(decoded.text, location), messages: decoded.messages } }
  } catch (e) {
    yield { error: asInputError(e, location) }
  }
}

/** JSONL: one record a line, streamed; a bad line is reported with its line number. */
export async function* readJsonl(stream: NodeJS.ReadableStream, location: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let n = 0
  try {
    for await (const line of lines) {
      n++
      if (!line.trim()) continue
      const loc = `${location}:${n}`
      if (line.length > max) { yield { error: new InputError('input/too-large', `record is over the ${fmtBytes(max)} limit`, loc) }; continue }
      try {
        const input = recordToInput(JSON.parse(line), loc, opts.format)
        // readline decodes UTF-8 with U+FFFD for bad bytes; say so rather than pass it on silently.
        if (line.includes('\uFFFD')) input.messages = [{ code: 'input/encoding', reason: `${loc}: invalid UTF-8 in this line; bad bytes replaced with U+FFFD`, severity: 'warning', place: null }]
        yield { input }
      } catch (e) {
        yield { error: e instanceof InputError ? e : new InputError('input/json', `invalid JSON: ${(e as Error).message}`, loc) }
      }
    }
  } catch (e) {
    yield { error: new InputError('input/unreadable', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, location) }
  }
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<ReadItem> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  const bytes = Buffer.concat(chunks)
  if (looksLikeJsonl(bytes)) {
    const { Readable } = await import('node:stream')
    yield* readJsonl(Readable.from([bytes]), '-', opts)
    return
  }
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > max) { yield { error: new InputError('input/too-large', `input is ${fmtBytes(bytes.length)}, over the ${fmtBytes(max)} limit (raise it with --max-bytes)`, '-') }; return }
  yield* bytesToItems(bytes, '-', opts)
}

/** JSONL on stdin: it opens with an object and nearly every line is one; a few broken lines are reported, not fatal. */
function looksLikeJsonl(bytes: Buffer): boolean {
  const text = bytes.toString('utf8')
  if (!/^\s*\{/.test(text)) return false
  let lines = 0, objects = 0
  for (const l of text.split('\n')) {
    const t = l.trim()
    if (!t) continue
    lines++
    if (t.startsWith('{')) objects++
  }
  return lines > 1 ? objects / lines >= 0.8 : /\}\s*$/.test(text)
}

async function readHead(path: string): Promise<string> {
  try {
    const fh = await open(path, 'r')
    try { const buf = Buffer.alloc(1024); const { bytesRead } = await fh.read(buf, 0, 1024, 0); return buf.subarray(0, bytesRead).toString('utf8') } finally { await fh.close() }
  } catch { return '' }
}

function kindOf(info: Stats): string {
  return info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a file'
}

function asInputError(e: unknown, location: string): InputError {
  return e instanceof InputError ? e : new InputError('input/failed', (e as Error).message, location)
}

export function fmtBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`
}

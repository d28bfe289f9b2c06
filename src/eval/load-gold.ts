import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import type { ArticleGold, Gold, GoldSentence, SentenceSetGold } from './gold-types.js'

/** A gold file that cannot be used; reported as one line with its location. */
export class GoldError extends Error {
  constructor(readonly code: string, message: string, readonly location: string) { super(message) }
}

const person = z.object({ name: z.string(), location: z.string().nullable().optional() })
const event = z.object({ sources: z.array(z.string()), targets: z.array(z.string()), types: z.array(z.string()).min(1) }).passthrough()
const articleSchema = z.object({
  id: z.string().optional(),
  input: z.string(),
  format: z.enum(['clip', 'html', 'text', 'markdown']).optional(),
  metadata: z.object({
    section: z.string(), headline: z.string(), standfirst: z.string(), publisher: z.string(), copyrightYear: z.number(),
    captions: z.array(z.object({ text: z.string(), credit: z.string().nullable().optional() })),
    authors: z.array(person), contributors: z.array(person),
    published: z.object({ relative: z.string().optional(), iso: z.string().optional() }),
    gaps: z.number().int(), bodyStartsWith: z.string(), bodyEndsWith: z.string(),
  }).partial().optional(),
  entities: z.array(z.object({ name: z.string(), type: z.string(), aliases: z.array(z.string()).optional(), country: z.string().optional(), optional: z.boolean().optional() }).passthrough()).optional(),
  quotes: z.array(z.object({ text: z.string(), speakers: z.array(z.string()), direct: z.boolean(), optional: z.boolean().optional(), hard: z.boolean().optional() }).passthrough()).optional(),
  events: z.array(event).optional(), acceptable: z.array(event).optional(), forbidden: z.array(event).optional(),
  amounts: z.array(z.object({ text: z.string().optional(), value: z.number(), unit: z.string(), per: z.string().nullable().optional() }).passthrough()).optional(),
}).passthrough()
const sentenceSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string(), date: z.string().nullable().optional(), events: z.array(event) }).passthrough()

const GOLD_FILE = /(\.gold\.json|\.sentences\.jsonl)$/i

/** Gold files named on the command line, and those found (recursively) in named folders. */
export async function findGoldFiles(specs: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const spec of specs) {
    let info
    try { info = await stat(spec) } catch { throw new GoldError('eval/not-found', 'no such gold file or folder', spec) }
    if (info.isDirectory()) {
      const found = await walk(spec)
      if (!found.length) throw new GoldError('eval/no-gold', 'folder has no *.gold.json or *.sentences.jsonl files', spec)
      out.push(...found)
    } else out.push(spec)
  }
  return out
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  const out: string[] = []
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...await walk(p))
    else if (e.isFile() && GOLD_FILE.test(e.name)) out.push(p)
  }
  return out
}

export async function loadGold(file: string): Promise<Gold> {
  let text: string
  try { text = await readFile(file, 'utf8') } catch (e) { throw new GoldError('eval/unreadable', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file) }
  return /\.jsonl$/i.test(file) ? parseSentenceSet(text, file) : parseArticleGold(text, file)
}

export function parseArticleGold(text: string, file: string): ArticleGold {
  let json: unknown
  try { json = JSON.parse(text) } catch (e) { throw new GoldError('eval/json', `invalid JSON: ${(e as Error).message}`, file) }
  const r = articleSchema.safeParse(json)
  if (!r.success) throw new GoldError('eval/gold-format', issueText(r.error.issues), file)
  const g = r.data
  return {
    ...(g as Omit<ArticleGold, 'kind' | 'file' | 'id' | 'input' | 'format'>),
    kind: 'article', file, id: g.id ?? file, input: resolve(dirname(file), g.input), format: g.format ?? null,
  }
}

export function parseSentenceSet(text: string, file: string): SentenceSetGold {
  const sentences: GoldSentence[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue
    let json: unknown
    try { json = JSON.parse(lines[i]!) } catch (e) { throw new GoldError('eval/json', `invalid JSON: ${(e as Error).message}`, `${file}:${i + 1}`) }
    const r = sentenceSchema.safeParse(json)
    if (!r.success) throw new GoldError('eval/gold-format', issueText(r.error.issues), `${file}:${i + 1}`)
    sentences.push(r.data as GoldSentence)
  }
  if (!sentences.length) throw new GoldError('eval/no-gold', 'sentence set has no sentences', file)
  return { kind: 'sentences', file, sentences }
}

function issueText(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.slice(0, 3).map((i) => `${i.path.length ? `/${i.path.map(String).join('/')}` : '/'}: ${i.message}`).join('; ')
}

import { InvalidArgumentError, type Command } from 'commander'
import { textTable } from '../../export/text-table.js'
import { DEFAULT_DB, openStore, type EventFilter, type NetworkFilter, type Store, type TimeBucket } from '../../store/index.js'
import { CliError } from '../errors.js'
import { parseIntOption } from '../options.js'

interface QueryOpts {
  db: string; json?: boolean; limit?: number; offset?: number
  actor?: string; source?: string; target?: string; dyad?: [string, string]; type?: string[]; quad?: number[]
  from?: string; to?: string; outlet?: string; article?: number; bucket?: TimeBucket; minCount?: number; speaker?: string
}

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean)
const day = (v: string) => { if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date YYYY-MM-DD'); return v }
const dyad = (v: string): [string, string] => { const p = list(v); if (p.length !== 2) throw new InvalidArgumentError('expected two actor codes: A,B'); return [p[0]!, p[1]!] }
const quads = (v: string) => list(v).map((q) => { const n = Number(q); if (![1, 2, 3, 4].includes(n)) throw new InvalidArgumentError('QuadClass is 1–4'); return n })
const bucket = (v: string): TimeBucket => { if (!['day', 'week', 'month'].includes(v)) throw new InvalidArgumentError('expected day, week or month'); return v as TimeBucket }

function filterOf(o: QueryOpts): EventFilter {
  return { actor: o.actor, source: o.source, target: o.target, dyad: o.dyad, type: o.type, quadClass: o.quad, from: o.from, to: o.to, outlet: o.outlet, article: o.article }
}

type Run = (store: Store, o: QueryOpts, arg?: string) => Promise<{ json: unknown; table: string }>

const QUERIES: Record<string, { describe: string; arg?: string; run: Run }> = {
  events: {
    describe: 'coded events (one row per source–target pair)',
    async run(s, o) {
      const r = await s.events(filterOf(o), { limit: o.limit, offset: o.offset })
      return { json: r, table: `${textTable(['date', 'source', 'target', 'type', 'cameo', 'quad', 'goldstein', 'outlet', 'evidence'], r.items.map((e) => [e.date, e.source, e.target, e.type + (e.modality.negated ? ' (denied)' : ''), e.cameo, e.quadClass, e.goldstein, e.outlet, e.evidence.text]))}\n${r.items.length} of ${r.total}` }
    },
  },
  network: {
    describe: 'the alignment network: actors and dyads with counts, mean Goldstein, cooperation vs conflict',
    async run(s, o) {
      const f: NetworkFilter = { ...filterOf(o), minCount: o.minCount, maxEdges: o.limit }
      const n = await s.network(f)
      return { json: n, table: `${textTable(['source', 'target', 'events', 'coop', 'conflict', 'mean goldstein'], n.edges.map((e) => [e.source, e.target, e.count, e.cooperation, e.conflict, e.meanGoldstein]))}\n${n.nodes.length} actors, ${n.edges.length} dyads, ${n.events} events` }
    },
  },
  timeline: {
    describe: 'counts and mean Goldstein per day, week or month (use --actor or --dyad)',
    async run(s, o) {
      const t = await s.timeline(filterOf(o), o.bucket ?? 'week')
      return { json: t, table: textTable(['period', 'events', 'coop', 'conflict', 'mean goldstein'], t.map((p) => [p.period, p.count, p.cooperation, p.conflict, p.meanGoldstein])) }
    },
  },
  merged: {
    describe: 'merged events: the same (source, target, type) within the merge window across articles',
    async run(s, o) {
      const r = await s.mergedEvents(filterOf(o), { limit: o.limit, offset: o.offset })
      return { json: r, table: `${textTable(['first', 'last', 'source', 'target', 'type', 'mentions', 'articles', 'sources', 'mean goldstein'], r.items.map((m) => [m.firstDate, m.lastDate, m.source, m.target, m.type, m.numMentions, m.numArticles, m.numSources, m.meanGoldstein]))}\n${r.items.length} of ${r.total}` }
    },
  },
  quotes: {
    describe: 'quotes, by speaker (--speaker: actor code, entity id or part of a name)',
    async run(s, o) {
      const r = await s.quotes({ speaker: o.speaker, article: o.article }, { limit: o.limit, offset: o.offset })
      return { json: r, table: `${textTable(['speaker', 'code', 'outlet', 'quote'], r.items.map((q) => [q.speakerName, q.speakerCode, q.outlet, q.text]), 80)}\n${r.items.length} of ${r.total}` }
    },
  },
  search: {
    describe: 'full-text search of articles, with snippets',
    arg: 'words',
    async run(s, o, q) {
      const r = await s.searchArticles(q ?? '', { limit: o.limit, offset: o.offset })
      return { json: r, table: `${textTable(['id', 'published', 'outlet', 'headline', 'snippet'], r.items.map((a) => [a.id, a.published?.slice(0, 10), a.outlet, a.headline, a.snippet]), 70)}\n${r.items.length} of ${r.total}` }
    },
  },
  actors: {
    describe: 'actors by code or name',
    arg: 'search',
    async run(s, o, q) {
      const r = await s.actors(q, { limit: o.limit, offset: o.offset })
      return { json: r, table: `${textTable(['code', 'name', 'country', 'events', 'articles'], r.items.map((a) => [a.code, a.name, a.country, a.events, a.articles]))}\n${r.items.length} of ${r.total}` }
    },
  },
  actor: {
    describe: 'one actor: names, roles, counterparts',
    arg: 'code',
    async run(s, _o, code) {
      const a = await s.actor(code ?? '')
      if (!a) throw new CliError(`no actor with code ${code}`)
      return { json: a, table: `${a.code} ${a.name ?? ''} (${a.country ?? '—'}): ${a.events} events in ${a.articles} articles, ${a.quotes} quotes\nnames: ${a.names.join('; ')}\n${textTable(['counterpart', 'name', 'events', 'mean goldstein'], a.counterparts.map((c) => [c.code, c.name, c.count, c.meanGoldstein]))}` }
    },
  },
  clusters: {
    describe: 'near-duplicate clusters (syndicated and lightly rewritten copies)',
    async run(s, o) {
      const r = await s.clusters({ limit: o.limit, offset: o.offset })
      return { json: r, table: r.items.map((c) => `cluster ${c.id} (${c.size})\n${c.articles.map((a) => `  ${a.id}  ${a.outlet ?? '—'}  ${a.headline ?? a.source}`).join('\n')}`).join('\n') + `\n${r.items.length} of ${r.total}` }
    },
  },
  failures: {
    describe: 'inputs that could not be ingested, with the reason',
    async run(s, o) {
      const r = await s.failures({ limit: o.limit, offset: o.offset })
      return { json: r, table: `${textTable(['at', 'location', 'code', 'reason'], r.items.map((f) => [f.at, f.location, f.code, f.reason]), 90)}\n${r.items.length} of ${r.total}` }
    },
  },
  stats: {
    describe: 'what the store holds',
    async run(s) {
      const st = await s.stats()
      return { json: st, table: textTable(['', ''], Object.entries(st).map(([k, v]) => [k, v])) }
    },
  },
}

export function registerQuery(program: Command): void {
  const query = program.command('query').description(`query the store: ${Object.keys(QUERIES).join(', ')}`)
  for (const [name, q] of Object.entries(QUERIES)) {
    const cmd = query.command(name + (q.arg ? ` [${q.arg}]` : '')).description(q.describe)
      .option('--db <path|url>', 'SQLite file or postgres:// URL', process.env.ENTENTE_DB ?? DEFAULT_DB)
      .option('--json', 'JSON output')
      .option('--limit <n>', 'rows (network: edges)', parseIntOption)
      .option('--offset <n>', 'skip rows', parseIntOption)
      .option('--actor <code>', 'actor code on either side')
      .option('--source <code>', 'source actor code')
      .option('--target <code>', 'target actor code')
      .option('--dyad <a,b>', 'two actor codes, both directions', dyad)
      .option('--type <types>', 'PLOVER event types, comma-separated', list)
      .option('--quad <classes>', 'QuadClass 1–4, comma-separated', quads)
      .option('--from <date>', 'from day (YYYY-MM-DD, inclusive)', day)
      .option('--to <date>', 'to day (YYYY-MM-DD, inclusive)', day)
      .option('--outlet <name>', 'outlet name')
      .option('--article <id>', 'article id', parseIntOption)
      .option('--bucket <b>', 'timeline bucket: day | week | month', bucket)
      .option('--min-count <n>', 'network: smallest edge count', parseIntOption)
      .option('--speaker <who>', 'quotes: actor code, entity id or part of a name')
      .action(async (arg: string | QueryOpts, maybeOpts?: QueryOpts) => {
        const [text, opts] = q.arg ? [arg as string | undefined, maybeOpts!] : [undefined, arg as QueryOpts]
        if (q.arg === 'words' && !text?.trim()) throw new CliError('search needs some words')
        const store = await openStore(opts.db)
        try {
          const out = await q.run(store, opts, text)
          process.stdout.write(opts.json ? `${JSON.stringify(out.json, null, 2)}\n` : `${out.table}\n`)
        } finally { await store.close() }
      })
    void cmd
  }
}

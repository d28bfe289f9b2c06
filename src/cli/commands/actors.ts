import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import type { ActorCode } from '../../article/index.js'
import { actorFor, buildKb, defaultUserActorsPath, type Kb, type KbEntry } from '../../kb/index.js'
import { readUserDictionary, writeUserLayer } from '../../kb/import-user.js'
import { CliError } from '../errors.js'

interface LookupOpts { date?: string; json?: boolean; actors?: string }
interface ImportOpts { actors?: string; dryRun?: boolean }

/** The user layer file: --actors, else ENTENTE_ACTORS, else ~/.entente/actors.json. */
function userLayerPath(opt?: string): string {
  return opt ?? process.env.ENTENTE_ACTORS ?? join(homedir(), '.entente', 'actors.json')
}

/** "Prime Minister of Russia", "President of the United States", "NATO". */
export function describeActor(kb: Kb, actor: ActorCode | null): string {
  if (!actor) return 'no actor'
  const country = actor.country ? kb.country(actor.country)?.name ?? actor.country : null
  const where = country ? (/^(United|Netherlands|Philippines|Bahamas|Gambia|Czech|Central African|Dominican|Democratic|Republic)/.test(country) ? `the ${country}` : country) : null
  const head = actor.role ? (where ? `${actor.role} of ${where}` : actor.role) : (where ?? actor.code)
  const span = actor.from || actor.to ? ` [${actor.from ?? '…'} → ${actor.to ?? 'now'}]` : ''
  return `${head} — ${actor.code}${actor.sector ? ` (${actor.sector})` : ''}${span}`
}

export function registerActors(program: Command): void {
  const actors = program.command('actors').description('look up and import actor dictionaries (knowledge base in data/kb + your user layer)')

  actors.command('lookup')
    .description('show how a name resolves: entries, type and the actor code on a date')
    .argument('<name...>', 'a name or alias as it appears in text, e.g. Putin')
    .option('--date <YYYY-MM-DD>', 'resolve dated roles on this day (default: today)')
    .option('--json', 'print the resolution as JSON')
    .option('--actors <file>', 'user actor dictionary to layer over the built-ins (default: ENTENTE_ACTORS or ~/.entente/actors.json)')
    .action((words: string[], opts: LookupOpts) => {
      const name = words.join(' ')
      if (opts.date && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(opts.date)) throw new CliError(`actors/bad-date: --date must be YYYY-MM-DD, got "${opts.date}"`)
      const kb = buildKb({ userFile: opts.actors ?? defaultUserActorsPath() })
      const date = opts.date ?? new Date().toISOString().slice(0, 10)
      const found = kb.lookupName(name)
      const rows = found.map((e: KbEntry) => ({ id: e.id, name: e.name, type: e.type, layer: (e as { layer?: string }).layer ?? 'builtin', actor: actorFor(e, date) }))
      if (opts.json) { process.stdout.write(`${JSON.stringify({ name, date, entries: rows }, null, 2)}\n`); return }
      if (!rows.length) { process.stdout.write(`${name}: not in the knowledge base (the recogniser may still find it from context)\n`); process.exitCode = 1; return }
      for (const r of rows) process.stdout.write(`${name} → ${r.name} (${r.type}, ${r.layer} ${r.id})\n  on ${date}: ${describeActor(kb, r.actor)}\n`)
    })

  actors.command('import')
    .description('import a CAMEO/PETRARCH .actors dictionary, a JSON file ([{name, code, aliases, role, from, to}] or KB format) or CSV into your user layer; user entries override built-ins')
    .argument('<file>', 'dictionary file (.txt/.actors = CAMEO, .json, .csv)')
    .option('--actors <file>', 'user layer to write (default: ENTENTE_ACTORS or ~/.entente/actors.json)')
    .option('--dry-run', 'parse and report without writing')
    .action((file: string, opts: ImportOpts) => {
      let result
      try { result = readUserDictionary(file) } catch (err) { throw new CliError((err as Error).message) }
      for (const issue of result.issues.slice(0, 20)) process.stderr.write(`${file}:${issue.line}: ${issue.reason}\n`)
      if (result.issues.length > 20) process.stderr.write(`… and ${result.issues.length - 20} more problems\n`)
      const types = result.entries.reduce<Record<string, number>>((acc, e) => { acc[e.type] = (acc[e.type] ?? 0) + 1; return acc }, {})
      const summary = Object.entries(types).map(([t, n]) => `${n} ${t}`).join(', ')
      if (opts.dryRun) { process.stdout.write(`${file} (${result.format}): ${result.entries.length} entries (${summary}), ${result.issues.length} problems; nothing written\n`); return }
      const target = userLayerPath(opts.actors)
      const w = writeUserLayer(target, result.entries, file)
      process.stdout.write(`${file} (${result.format}): ${result.entries.length} entries (${summary}), ${result.issues.length} problems → ${target} (${w.added} added, ${w.replaced} replaced, ${w.total} in the user layer)\n`)
    })
}

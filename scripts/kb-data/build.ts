// Generates data/kb/{people,orgs,groups,events}-*.json from the compact tables in
// scripts/kb-data/tables/. Run: node --import tsx scripts/kb-data/build.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { arabicArticleForms, asciiForm, newsSurnames } from './news-surname.ts'
import { parseEntryTable } from './parse-entries.ts'
import { parsePeopleTable, type PersonDraft } from './parse-people.ts'
import { TableError, contentLines } from './table-syntax.ts'
import countries from 'i18n-iso-countries'

const ROOT = new URL('../../', import.meta.url).pathname
const TABLES = join(ROOT, 'scripts/kb-data/tables')
const OUT = process.env.KB_OUT ?? join(ROOT, 'data/kb')
const VERSION = '2026.11.1'
const LICENCE = 'MIT (same as the project); the facts themselves are public records'
const DATE_NOTE = 'Dates are ISO days; where only the month or year was known the day (and month) is written as 01. Facts as known up to late 2025: later changes of office are missing, and a role with to = null means "held at that time".'

const PEOPLE_FILES: Record<string, string> = {
  'people-heads': 'Heads of state and heads of government since 2000, compiled by hand from public records of office holders (official government lists, election results, parliamentary records).',
  'people-ministers': 'Foreign ministers, defence ministers and other cabinet members since 2000, compiled by hand from public records of office holders.',
  'people-intl': 'Leaders of international organisations (UN, NATO, EU, IMF, World Bank, WHO, IAEA, …), compiled by hand from the organisations\' public lists of office holders.',
  'people-other': 'Other frequently reported figures: royals, spokespeople, central bankers, security officials, opposition and militant leaders; compiled by hand from public records and news reporting.',
}
/** A person who appears in several tables lands in the first of these files. */
const PEOPLE_PRIORITY = Object.keys(PEOPLE_FILES)

/** Surfaces a bare surname must not take: everyday words, country names, names of our organisations/groups/events. */
function blockedSurnames(): Set<string> {
  const blocked = new Set<string>()
  for (const { line } of contentLines(readFileSync(join(ROOT, 'scripts/kb-data/everyday-word-surnames.txt'), 'utf8'))) blocked.add(line.toLowerCase())
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) for (const n of names) blocked.add(n.toLowerCase())
  // The first word of a multi-word country or territory name ("Hong" of Hong Kong, "Costa" of Costa Rica) cannot
  // stand for a person: the place is far more often meant. (Cities are left out: "Dar", "Duque" are news surnames.)
  for (const e of JSON.parse(readFileSync(join(ROOT, 'data/kb/countries.json'), 'utf8')).entries as { name: string; aliases: string[] }[]) {
    for (const s of [e.name, ...e.aliases]) if (s.includes(' ')) blocked.add(s.split(' ')[0]!.toLowerCase())
  }
  for (const f of entryTableFiles()) {
    for (const e of parseEntryTable(readFileSync(join(TABLES, f), 'utf8'), f).entries) {
      for (const s of [e.name, ...e.aliases]) blocked.add(s.toLowerCase())
    }
  }
  return blocked
}

function entryTableFiles(): string[] {
  return readdirSync(TABLES).filter((f) => !f.startsWith('people-') && f.endsWith('.txt')).sort()
}

function buildPeople(): void {
  const blocked = blockedSurnames()
  const people = new Map<string, PersonDraft>()
  for (const f of readdirSync(TABLES).filter((f) => f.startsWith('people-') && f.endsWith('.txt')).sort()) {
    parsePeopleTable(readFileSync(join(TABLES, f), 'utf8'), f, people)
  }
  const byFile = new Map<string, unknown[]>(PEOPLE_PRIORITY.map((f) => [f, []]))
  for (const p of people.values()) {
    const file = PEOPLE_PRIORITY.find((f) => p.files.has(f))
    if (!file) throw new TableError(p.where, `unknown @file "${[...p.files].join(', ')}"`)
    byFile.get(file)!.push(personEntry(p, blocked))
  }
  for (const [file, entries] of byFile) {
    write(file, PEOPLE_FILES[file]! + ' ' + DATE_NOTE, entries)
  }
}

function personEntry(p: PersonDraft, blocked: Set<string>) {
  const roles = [...p.roles].sort((a, b) => a.from.localeCompare(b.from))
  const latest = roles[roles.length - 1]
  if (!latest) throw new TableError(p.where, `${p.name} has no role`)
  // Default actor only for someone still in office (the latest-starting open role, as the
  // loader's actorFor picks it); a former office holder gets none, so dated lookups say "former".
  const current = roles.filter((r) => r.to === null).at(-1)
  const country = p.opts.country ?? current?.country ?? latest.country ?? roles.find((r) => r.country)?.country ?? null
  const aliases = new Set<string>()
  if (!('nosurname' in p.opts)) for (const s of newsSurnames(p.name, p.opts.namestyle ?? country, blocked)) aliases.add(s)
  for (const a of p.aliases) aliases.add(a)
  for (const a of [p.name, ...aliases]) {
    const ascii = asciiForm(a)
    if (ascii) aliases.add(ascii)
    for (const form of arabicArticleForms(a)) aliases.add(form)
  }
  aliases.delete(p.name)
  return {
    id: p.id, type: 'PERSON', name: p.name, aliases: [...aliases], country,
    ...(current ? { actor: { code: current.code, sector: current.sector, role: current.role } } : {}),
    roles,
    ...(p.opts.note ? { note: p.opts.note } : {}),
  }
}

function buildEntryTables(): void {
  for (const f of entryTableFiles()) {
    const { meta, entries } = parseEntryTable(readFileSync(join(TABLES, f), 'utf8'), f)
    const out = entries.map(({ where: _where, ...e }) => {
      const aliases = new Set(e.aliases)
      for (const a of [e.name, ...e.aliases]) {
        const ascii = asciiForm(a)
        if (ascii) aliases.add(ascii)
      }
      aliases.delete(e.name)
      return { ...e, aliases: [...aliases] }
    })
    write(meta.id!, meta.provenance!, out, meta.version, meta.licence)
  }
}

function write(id: string, provenance: string, entries: unknown[], version = VERSION, licence = LICENCE): void {
  // One entry per line keeps diffs readable.
  const head = JSON.stringify({ id, version, provenance, licence }).slice(0, -1)
  const lines = entries.map((e) => '  ' + JSON.stringify(e)).join(',\n')
  writeFileSync(join(OUT, `${id}.json`), `${head},\n "entries": [\n${lines}\n]}\n`)
  if (!process.env.KB_OUT) console.log(`${id}: ${entries.length} entries`)
}

try {
  buildPeople()
  buildEntryTables()
} catch (err) {
  if (err instanceof TableError) { console.error(err.message); process.exit(1) }
  throw err
}

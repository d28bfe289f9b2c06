import { readdirSync, readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { buildProgram } from '../src/cli/main.js'
import { DEFAULT_STAGES } from '../src/pipeline/registry.js'
import { allRoutes } from '../src/serve/app.js'
import { commandNames, generatedDocs, REPO_ROOT } from '../scripts/gen-docs.js'

// The Datasette habit: the reference pages are generated from the code, and this test fails when a
// committed page is stale or misses a stage, command or endpoint. Fix: `npm run docs`, then commit docs/.

const read = (path: string) => readFileSync(`${REPO_ROOT}${path}`, 'utf8')

describe('generated docs', () => {
  const expected = generatedDocs()

  for (const path of Object.keys(expected)) {
    it(`${path} matches the code (run \`npm run docs\` when this fails)`, () => {
      expect(read(path), `${path} is stale: run npm run docs`).toBe(expected[path])
    })
  }

  it('docs/stages.md documents every stage of DEFAULT_STAGES, in order', () => {
    const page = read('docs/stages.md')
    const headings = [...page.matchAll(/^## \d+\. ([a-z0-9-]+) \(version (\S+)\)$/gm)].map((m) => `${m[1]}@${m[2]}`)
    expect(headings).toEqual(DEFAULT_STAGES.map((s) => `${s.name}@${s.version}`))
  })

  it('docs/cli.md documents every command and subcommand', () => {
    const page = read('docs/cli.md')
    const names = commandNames()
    expect(names).toContain('entente query events')
    for (const name of names) expect(page, `docs/cli.md lacks ${name}`).toContain(`\`${name}\``)
  })

  it('docs/api.md lists every endpoint', () => {
    const page = read('docs/api.md')
    for (const r of allRoutes()) expect(page, `docs/api.md lacks ${r.path}`).toContain(`| ${r.method.toUpperCase()} | \`${r.path}\` |`)
  })
})

/** The shell lines of the README's and docs' code blocks that run entente or npm. */
function shellLines(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].map((m) => m[1]!)
  return blocks.flatMap((b) => b.replace(/\\\n\s*/g, ' ').split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'))
}

/** Inline code in the prose that shows a command: `entente jobs failed`, `npx entente demo --no-serve`. */
function inlineCommands(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '')
  return [...prose.matchAll(/`(?:npx )?entente ([^`]+)`/g)].map((m) => m[1]!)
}

/** Walks `entente a b --flag …` down the command tree; returns the problems found. */
function checkEntenteCall(program: Command, words: string[]): string[] {
  let cmd = program
  let i = 0
  for (; i < words.length; i++) {
    const sub = cmd.commands.find((c) => c.name() === words[i])
    if (!sub) break
    cmd = sub
  }
  if (cmd === program) return [`no command "${words[0]}"`]
  const problems: string[] = []
  const longs = new Set(cmd.options.map((o) => o.long))
  longs.add('--help')
  for (const w of words.slice(i)) {
    if (/^[|;&>]/.test(w)) break // the rest of the line is another command
    const flag = /^(--[a-z][a-z0-9-]*)/.exec(w)?.[1]
    if (flag && !longs.has(flag)) problems.push(`${cmd.name()}: no option ${flag}`)
  }
  return problems
}

describe('README and docs show only commands that exist', () => {
  const program = buildProgram()
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts)
  const pages = ['README.md', 'docs/rules.md', 'docs/api.md']

  for (const page of pages) {
    it(`${page}: every entente command, flag and npm script it shows exists`, () => {
      const lines = shellLines(read(page))
      expect(lines.length, `${page} has no shell examples`).toBeGreaterThan(0)
      const problems: string[] = []
      for (const line of lines) {
        // A command position: line start or after ; & | (, then optional VAR=value assignments and npx.
        for (const m of line.matchAll(/(?:^|[;&|(]\s*)(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:npx\s+)?entente\s+([^;&|]+)/g)) {
          problems.push(...checkEntenteCall(program, m[1]!.trim().split(/\s+/)).map((p) => `${p}  ← ${line}`))
        }
        for (const m of line.matchAll(/npm run ([\w:-]+)/g)) if (!scripts.includes(m[1]!)) problems.push(`no npm script ${m[1]}  ← ${line}`)
      }
      for (const shown of inlineCommands(read(page))) problems.push(...checkEntenteCall(program, shown.trim().split(/\s+/)).map((p) => `${p}  ← \`entente ${shown}\``))
      expect(problems).toEqual([])
    })
  }

  it('README.md shows every top-level command and lists every source folder in its layout', () => {
    const readme = read('README.md')
    for (const cmd of program.commands) expect(readme, `README.md never shows entente ${cmd.name()}`).toMatch(new RegExp(`entente ${cmd.name()}\\b`))
    const folders = (dir: string) => readdirSync(`${REPO_ROOT}${dir}`, { withFileTypes: true })
      .filter((d) => d.isDirectory() && readdirSync(`${REPO_ROOT}${dir}/${d.name}`).length > 0 && d.name !== 'extract')
      .map((d) => `${dir}/${d.name}/`)
    const layout = /## Source layout[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    for (const folder of [...folders('src'), ...folders('src/extract')]) expect(layout, `README.md's layout lacks ${folder}`).toMatch(new RegExp(`^${folder}\\s`, 'm'))
  })

  it('the checker catches a made-up flag and command', () => {
    expect(checkEntenteCall(program, ['analyze', 'a.txt', '--jsno'])).toEqual(['analyze: no option --jsno'])
    expect(checkEntenteCall(program, ['analyse', 'a.txt'])).toEqual(['no command "analyse"'])
    expect(checkEntenteCall(program, ['query', 'events', '--actor', 'CHN', '--no-progress'])).toEqual(['events: no option --no-progress'])
    expect(checkEntenteCall(program, ['demo', '--no-serve'])).toEqual([])
  })
})

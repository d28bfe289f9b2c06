import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileRule, loadRules, type RuleFile } from './rules.js'

const ruleFile = (name: string) => JSON.parse(readFileSync(new URL(`../../../data/events/${name}`, import.meta.url), 'utf8')) as RuleFile

describe('events: compiled rules', () => {
  it('have one object shape, whatever options their specs give (rule fields are read for every candidate trigger)', () => {
    const bare = compileRule({ id: 'x1', p: 'meet', cameo: '040' }, 'verb', 0, 'test')
    const full = compileRule({ id: 'x2', p: 'refuse to ~ send', cameo: '120', fixed: true, governs: true, notAfter: ['push'], target: 'none' }, 'verb', 1, 'test')
    expect(Object.keys(full)).toEqual(Object.keys(bare))
    expect(new Set(loadRules().rules.map((r) => Object.keys(r).join())).size).toBe(1)
  })
  it('keep every option the rule files give', () => {
    const byId = new Map(loadRules().rules.map((r) => [r.id, r as unknown as Record<string, unknown>]))
    for (const name of ['verbs.json', 'nouns.json']) {
      for (const spec of ruleFile(name).patterns) {
        const rule = byId.get(spec.id)!
        for (const [k, v] of Object.entries(spec)) expect(rule[k], `${spec.id}.${k}`).toEqual(v)
      }
    }
  })
})

describe('events: verb forms generated from lemmas', () => {
  it('know the irregular forms of verbs the rules use ("paid", "had", "flew", "found guilty")', async () => {
    const { verbForms } = await import('./inflect.js')
    expect(verbForms('pay')).toContain('paid')
    expect(verbForms('pay')).not.toContain('payed')
    expect(verbForms('have')).toEqual(expect.arrayContaining(['has', 'had']))
    expect(verbForms('fly')).toEqual(expect.arrayContaining(['flew', 'flown']))
    expect(verbForms('find')).toContain('found')
  })
})

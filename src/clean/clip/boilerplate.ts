import { readFileSync } from 'node:fs'

interface BoilerplateRules { version: string; rules: { id: string; pattern: string; flags?: string }[] }

const data = JSON.parse(readFileSync(new URL('./rules/boilerplate.json', import.meta.url), 'utf8')) as BoilerplateRules
const RULES = data.rules.map((r) => ({ id: r.id, re: new RegExp(r.pattern, `u${r.flags ?? ''}`) }))
// Most blocks match no rule: one scan with the rules of each flag set joined by "|" says so, and only
// a block that matches one of them is tried rule by rule (to name the first rule that matches).
// Rules with backreferences keep their own test, as joining would renumber their groups.
const hasBackreference = (pattern: string) => /\\[1-9]|\\k</.test(pattern)
const JOINABLE = data.rules.filter((r) => !hasBackreference(r.pattern))
const PREFILTER = [
  ...[...new Set(JOINABLE.map((r) => r.flags ?? ''))].map((flags) =>
    new RegExp(JOINABLE.filter((r) => (r.flags ?? '') === flags).map((r) => `(?:${r.pattern})`).join('|'), `u${flags}`)),
  ...RULES.filter((r) => hasBackreference(r.re.source)).map((r) => r.re),
]

/** Page furniture that clippers keep ("Advertisement", "Sign up for …", "Read more"): the id of the rule, or null. */
export function matchBoilerplate(block: string): string | null {
  if (isNavList(block)) return 'boilerplate.nav-list'
  if (block.length > 200) return null
  if (!PREFILTER.some((re) => re.test(block))) return null
  for (const r of RULES) if (r.re.test(block)) return `boilerplate.${r.id}`
  return null
}

/** A row of menu or ticker links: three or more " | " separators and no sentence end. */
function isNavList(block: string): boolean {
  // "|" alone is found much faster than " | " (spaces are everywhere in prose).
  if (block.length > 1000 || !block.includes('|') || !block.includes(' | ')) return false
  return block.split(' | ').length >= 4 && !/[.!?"”]$/.test(block)
}

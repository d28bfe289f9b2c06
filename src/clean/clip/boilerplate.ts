import { readFileSync } from 'node:fs'

interface BoilerplateRules { version: string; rules: { id: string; pattern: string; flags?: string }[] }

const data = JSON.parse(readFileSync(new URL('./rules/boilerplate.json', import.meta.url), 'utf8')) as BoilerplateRules
const RULES = data.rules.map((r) => ({ id: r.id, re: new RegExp(r.pattern, `u${r.flags ?? ''}`) }))

/** Page furniture that clippers keep ("Advertisement", "Sign up for …", "Read more"): the id of the rule, or null. */
export function matchBoilerplate(block: string): string | null {
  if (isNavList(block)) return 'boilerplate.nav-list'
  if (block.length > 200) return null
  for (const r of RULES) if (r.re.test(block)) return `boilerplate.${r.id}`
  return null
}

/** A row of menu or ticker links: three or more " | " separators and no sentence end. */
function isNavList(block: string): boolean {
  // "|" alone is found much faster than " | " (spaces are everywhere in prose).
  if (block.length > 1000 || !block.includes('|') || !block.includes(' | ')) return false
  return block.split(' | ').length >= 4 && !/[.!?"”]$/.test(block)
}

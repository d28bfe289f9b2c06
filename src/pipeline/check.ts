import type { Stage } from './define-stage.js'

export interface StageCheckRow { stage: string; version: string; requires: string[]; provides: string[]; missing: string[] }

/** Keys the readers put on every article before the first stage runs. */
export const INPUT_KEYS = ['raw', 'format', 'source', 'id']

/** For each stage, the requirements no earlier stage (or the reader) provides. */
export function checkStages(stages: readonly Stage<unknown>[]): StageCheckRow[] {
  const available = new Set(INPUT_KEYS)
  const rows: StageCheckRow[] = []
  const seen = new Set<string>()
  for (const s of stages) {
    if (seen.has(s.name)) throw new Error(`duplicate stage name: ${s.name}`)
    seen.add(s.name)
    const missing = s.requires.filter((r) => !isAvailable(available, r))
    rows.push({ stage: s.name, version: s.version, requires: s.requires, provides: s.provides, missing })
    for (const p of s.provides) available.add(p)
  }
  return rows
}

// `meta` provided satisfies `meta.headline`; `meta.headline` alone does not satisfy `meta`.
function isAvailable(available: Set<string>, key: string): boolean {
  if (available.has(key)) return true
  const parts = key.split('.')
  for (let i = parts.length - 1; i > 0; i--) if (available.has(parts.slice(0, i).join('.'))) return true
  return false
}

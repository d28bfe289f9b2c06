import type { EventRow } from '../types.js'

export const QUAD_LABEL: Record<number, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' }

export function actorLabel(code: string, name: string | null): string {
  if (code === '---') return '—' // the store's marker for a one-sided event (no target named)
  return name && name !== code ? `${name} (${code})` : code
}

export function fmtGoldstein(g: number): string {
  return `${g > 0 ? '+' : ''}${g.toFixed(1)}`
}

export function isConflict(e: Pick<EventRow, 'quadClass'>): boolean {
  return e.quadClass >= 3
}

/** Colour between cooperation (green) and conflict (red) by the conflict share. */
export function relationColour(cooperation: number, conflict: number): string {
  const total = cooperation + conflict
  const share = total ? conflict / total : 0.5
  const mix = (a: number, b: number) => Math.round(a + (b - a) * share)
  return `rgb(${mix(46, 198)}, ${mix(125, 40)}, ${mix(50, 40)})`
}

/** "1 event", "3 events", "1 entity", "2 entities". */
export function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`
  return `${n} ${word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`
}

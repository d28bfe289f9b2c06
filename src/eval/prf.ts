/**
 * Precision counts system items (right / wrong); recall counts gold items (found / missed).
 * The two sides differ when one system item matches several gold items or the reverse.
 */
export interface Counts { right: number; wrong: number; found: number; missed: number }
export interface Scores extends Counts { precision: number | null; recall: number | null; f1: number | null }

export function scores(c: Counts): Scores {
  const precision = c.right + c.wrong ? c.right / (c.right + c.wrong) : null
  const recall = c.found + c.missed ? c.found / (c.found + c.missed) : null
  const f1 = precision !== null && recall !== null ? (precision + recall ? (2 * precision * recall) / (precision + recall) : 0) : null
  return { right: c.right, wrong: c.wrong, found: c.found, missed: c.missed, precision, recall, f1 }
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { right: a.right + b.right, wrong: a.wrong + b.wrong, found: a.found + b.found, missed: a.missed + b.missed }
}

export const ZERO: Counts = { right: 0, wrong: 0, found: 0, missed: 0 }

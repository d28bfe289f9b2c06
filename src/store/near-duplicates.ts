import { decodeSketch, estimateContainment, type TextSketch } from '../dedup/index.js'
import type { Trx } from './dialect.js'

export interface DuplicateMatch { id: number; cluster: number; sourceUnit: string; containment: number; adopt: boolean }

const MAX_CANDIDATES = 200

/** The earlier article this one is a near-copy of (highest estimated containment ≥ threshold), found
 *  through shared LSH buckets. Its cluster is joined; a match not yet in a cluster founds one (`adopt`). */
export async function findDuplicate(trx: Trx, sketch: TextSketch, buckets: number[], threshold: number): Promise<DuplicateMatch | null> {
  if (!buckets.length) return null
  const cands = await trx.selectFrom('article_buckets').select('article_id').distinct()
    .where('bucket', 'in', buckets).orderBy('article_id').limit(MAX_CANDIDATES).execute()
  if (!cands.length) return null
  const rows = await trx.selectFrom('articles').select(['id', 'sketch', 'cluster_id', 'source_unit'])
    .where('id', 'in', cands.map((c) => c.article_id)).execute()
  let best: DuplicateMatch | null = null
  for (const r of rows) {
    const c = estimateContainment(sketch, decodeSketch(r.sketch))
    if (c < threshold) continue
    if (!best || c > best.containment || (c === best.containment && r.id < best.id)) {
      best = { id: r.id, cluster: r.cluster_id ?? r.id, sourceUnit: r.source_unit, containment: c, adopt: r.cluster_id == null }
    }
  }
  return best
}

import type { Redis } from 'ioredis'
import { hostname } from 'node:os'

const PREFIX = 'entente:worker:'
const TTL_S = 15

export interface WorkerBeat { id: string; host: string; pid: number; concurrency: number; startedAt: string; seenAt: string; processed: number; failed: number; current: number }

/** Each worker refreshes a short-lived key; a worker that dies simply stops appearing. */
export function startHeartbeat(redis: Redis, info: { id: string; concurrency: number }, stats: () => { processed: number; failed: number; current: number }): () => Promise<void> {
  const startedAt = new Date().toISOString()
  const beat = async () => {
    const v: WorkerBeat = { id: info.id, host: hostname(), pid: process.pid, concurrency: info.concurrency, startedAt, seenAt: new Date().toISOString(), ...stats() }
    try { await redis.set(PREFIX + info.id, JSON.stringify(v), 'EX', TTL_S) } catch { /* Redis away: the next beat retries */ }
  }
  void beat()
  const timer = setInterval(beat, 5000)
  timer.unref()
  return async () => { clearInterval(timer); try { await redis.del(PREFIX + info.id) } catch { /* gone anyway */ } }
}

export async function listWorkers(redis: Redis): Promise<WorkerBeat[]> {
  const keys: string[] = []
  let cursor = '0'
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 200)
    cursor = next
    keys.push(...batch)
  } while (cursor !== '0')
  if (!keys.length) return []
  const vals = await redis.mget(...keys)
  return vals.filter((v): v is string => !!v).map((v) => JSON.parse(v) as WorkerBeat).sort((a, b) => a.id.localeCompare(b.id))
}

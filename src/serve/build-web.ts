import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WEB = join(ROOT, 'web')

function newest(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))))
}

/** True when web/dist is missing or older than the UI sources (a fresh clone, or after editing web/src). */
export function webBuildIsStale(): boolean {
  const index = join(WEB, 'dist', 'index.html')
  if (!existsSync(index)) return true
  return Math.max(newest(join(WEB, 'src')), newest(join(WEB, 'index.html'))) > statSync(index).mtimeMs
}

const LOCK = join(WEB, '.build-lock')

/** Builds the UI with Vite (a dev dependency) when it is stale; returns whether it built. A lock folder keeps
 *  parallel callers (test files run in parallel) from building into web/dist at the same time. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale()) return false
  for (let waited = 0; ; waited += 200) {
    try { mkdirSync(LOCK); break } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const held = statSync(LOCK, { throwIfNoEntry: false })
      if (held && Date.now() - held.mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true }) // left by a crash
      if (waited > 180_000) throw new Error(`web build: ${LOCK} is held for too long; remove it if no build is running`)
      await sleep(200)
    }
  }
  try {
    if (!webBuildIsStale()) return false // another caller built it while we waited
    log('building the web UI (vite build)…')
    const { build } = await import('vite')
    await build({ root: WEB, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' })
    return true
  } finally { rmSync(LOCK, { recursive: true, force: true }) }
}

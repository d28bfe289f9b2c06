import { existsSync, readdirSync, statSync } from 'node:fs'
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

/** Builds the UI with Vite (a dev dependency) when it is stale; returns whether it built. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale()) return false
  log('building the web UI (vite build)…')
  const { build } = await import('vite')
  await build({ root: WEB, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' })
  return true
}

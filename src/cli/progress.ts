import cliProgress from 'cli-progress'

export interface Progress { tick(): void; interrupt(line: string, stream?: 'stderr' | 'stdout'): void; stop(): void }

/** A progress bar with rate and elapsed time on stderr — only on a terminal, and only once a batch is long. */
export function createProgress(label: string, enabled: boolean, total = 0): Progress {
  const tty = process.stderr.isTTY === true && enabled
  let bar: cliProgress.SingleBar | null = null
  let n = 0
  const t0 = Date.now()
  return {
    tick() {
      n++
      if (!tty) return
      if (!bar && (n >= 20 || Date.now() - t0 > 1500)) {
        bar = new cliProgress.SingleBar({
          format: total ? `${label} [{bar}] {value}/{total} {percentage}% | {rate}/s | ETA {eta_formatted}` : `${label} {value} done | {rate}/s | {duration_formatted}`,
          stream: process.stderr, hideCursor: true, clearOnComplete: true,
        }, cliProgress.Presets.shades_classic)
        bar.start(total || n, n, { rate: '0' })
      }
      if (bar) {
        const rate = (n / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1)
        if (!total) bar.setTotal(n)
        bar.update(n, { rate })
      }
    },
    interrupt(line, stream = 'stderr') {
      const s = stream === 'stdout' ? process.stdout : process.stderr
      if (bar && s === process.stderr) { process.stderr.write('\r\x1b[K'); s.write(`${line}\n`); return }
      s.write(`${line}\n`)
    },
    stop() { bar?.stop() },
  }
}

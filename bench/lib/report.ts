import { mdTable } from './benchmarks-md.js'
import type { EngineResult } from './engines.js'

export interface RunInfo { corpus: string; node: string; cpu: string; cores: number; date: string; command: string; runs?: number; load?: string }

const TARGET = { winkRatio: 1, winkGoal: 2, compromiseRatio: 20, rssMb: 400, stageUsPerWord: 1 }

export const wordsPerSecond = (r: EngineResult): number => (r.ms > 0 ? (r.words / r.ms) * 1000 : 0)
/** words/s of the second, JIT-warm pass over the same texts (NaN when the run has none). */
export const warmWordsPerSecond = (r: EngineResult): number => (r.warmMs && r.warmMs > 0 && Number.isFinite(r.warmMs) ? (r.words / r.warmMs) * 1000 : NaN)

/** The bench report in Markdown: engines, ratios against the targets, and the cost of each stage. */
export function formatReport(results: EngineResult[], info: RunInfo): string {
  const by = new Map(results.map((r) => [r.engine, r]))
  const ent = by.get('entente')!, wink = by.get('wink'), comp = by.get('compromise')
  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
  const rows = results.map((r) => [
    r.engine === 'entente' ? 'entente analyze (all stages)' : r.engine === 'wink' ? 'wink-nlp readDoc (lite web model)' : 'compromise people/places/organisations',
    fmt(r.articles), fmt(r.words), fmt(r.ms / 1000, 2), fmt(wordsPerSecond(r)), fmt((r.articles / r.ms) * 1000, 1), fmt(r.maxRssMb),
    (r.runs ?? [wordsPerSecond(r)]).map((w) => fmt(w)).join(' · '),
    Number.isNaN(warmWordsPerSecond(r)) ? '–' : fmt(warmWordsPerSecond(r)),
  ])
  const ratio = (other?: EngineResult) => (other ? wordsPerSecond(ent) / wordsPerSecond(other) : NaN)
  const warmRatio = (other?: EngineResult) => (other ? warmWordsPerSecond(ent) / warmWordsPerSecond(other) : NaN)
  const vsWink = ratio(wink), vsComp = ratio(comp), warmWink = warmRatio(wink), warmComp = warmRatio(comp)
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met')
  const lines = [
    `Measured ${info.date} UTC with \`${info.command}\` on ${info.corpus}; Node ${info.node}, ${info.cpu} (${info.cores} cores, shared).`,
    'Each engine runs in its own child process on the same texts (timed loop only; loading the corpus and models excluded); words are whitespace-separated runs of the input text; peak RSS is the process high-water mark (`process.resourceUsage().maxRSS`).',
    info.runs && info.runs > 1 ? `Each engine ran ${info.runs} times, interleaved with the others (load average ${info.load} on ${info.cores} cores when the runs started); the table shows each engine's fastest run and the highest peak RSS of its runs, and the last column the words/s of every run.` : '',
    comp && comp.articles < ent.articles ? `compromise is slow, so it ran on the first ${comp.articles} articles only; its words/s is comparable, its totals are not.` : '',
    '',
    'The words/s columns time the first pass over the texts from a cold process start; the last column times a second pass over the same texts in the same process, once the JIT has compiled the hot code (the rate a long-running ingest worker sees), fastest of the runs.',
    '',
    mdTable(['engine', 'articles', 'words', 'seconds', 'words/s', 'articles/s', 'peak RSS MB', 'words/s of each run', 'words/s, 2nd pass (warm)'], rows),
    '',
    mdTable(['target', 'measured', 'status'], [
      [`entente ÷ wink words/s ≥ ${TARGET.winkRatio} (goal ${TARGET.winkGoal}), first pass`, `${fmt(vsWink, 2)}×`, mark(vsWink >= TARGET.winkRatio)],
      [`entente ÷ compromise words/s ≥ ${TARGET.compromiseRatio}, first pass`, `${fmt(vsComp, 1)}×`, mark(vsComp >= TARGET.compromiseRatio)],
      ...(Number.isNaN(warmWink) ? [] : [[`entente ÷ wink words/s ≥ ${TARGET.winkRatio} (goal ${TARGET.winkGoal}), second pass (warm)`, `${fmt(warmWink, 2)}×`, mark(warmWink >= TARGET.winkRatio)]]),
      ...(Number.isNaN(warmComp) ? [] : [[`entente ÷ compromise words/s ≥ ${TARGET.compromiseRatio}, second pass (warm)`, `${fmt(warmComp, 1)}×`, mark(warmComp >= TARGET.compromiseRatio)]]),
      [`entente peak RSS < ${TARGET.rssMb} MB`, `${fmt(ent.maxRssMb)} MB`, mark(ent.maxRssMb < TARGET.rssMb)],
    ]),
  ]
  if (ent.stages) {
    const total = Object.values(ent.stages).reduce((a, b) => a + b, 0)
    const stageRows = Object.entries(ent.stages).map(([name, ms]) => {
      const us = (ms * 1000) / ent.words
      return [name, fmt(ms, 0), fmt(us, 3), `${fmt((100 * ms) / total, 1)}%`, us <= TARGET.stageUsPerWord ? 'within' : 'over']
    })
    stageRows.push(['(pipeline total)', fmt(total, 0), fmt((total * 1000) / ent.words, 3), '100%', ''])
    lines.push('', `Per-stage cost (from each article's \`history\`; budget about ${TARGET.stageUsPerWord} µs per word per stage):`, '', mdTable(['stage', 'total ms', 'µs/word', 'share', 'budget'], stageRows))
    if (ent.errors) lines.push('', `${ent.errors} articles carried a stage error (see \`entente analyze\` on them).`)
  }
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n')
}

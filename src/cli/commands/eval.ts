import type { Command } from 'commander'
import { evaluate, findGoldFiles, formatReport, GoldError, loadGold, totals, type EvalResult } from '../../eval/index.js'
import { createPipeline } from '../../pipeline/index.js'
import { CliError } from '../errors.js'

interface EvalOpts { json?: boolean; polnear?: string }

/** Scores are reported, not judged: exit 0 when the evaluation ran, 1 when a gold file is missing or bad. */
export function registerEval(program: Command): void {
  program.command('eval')
    .description('score the pipeline against gold annotations (*.gold.json articles, *.sentences.jsonl sentence sets; ../shared/gold/FORMAT.md)')
    .argument('[gold...]', 'gold files or folders holding them')
    .option('--json', 'print the scores as JSON')
    .option('--polnear <file>', 'also score quote attribution on a PolNeAR JSONL file')
    .action(async (specs: string[], opts: EvalOpts) => {
      if (!specs.length && !opts.polnear) throw new CliError('eval needs gold files or folders (or --polnear <file>)')
      let status = 0
      if (specs.length) status = await runGold(specs, opts)
      if (opts.polnear) status = Math.max(status, await runPolnear(opts.polnear, opts))
      process.exitCode = status
    })
}

async function runGold(specs: string[], opts: EvalOpts): Promise<number> {
  const pipeline = createPipeline()
  const results: EvalResult[] = []
  const problems: GoldError[] = []
  let files: string[]
  try { files = await findGoldFiles(specs) } catch (e) { if (e instanceof GoldError) throw new CliError(`${e.location}: ${e.message} [${e.code}]`); throw e }
  for (const file of files) {
    try { results.push(await evaluate(await loadGold(file), pipeline)) } catch (e) {
      if (!(e instanceof GoldError)) throw e
      problems.push(e)
      process.stderr.write(`entente: ${e.location}: ${e.message} [${e.code}]\n`)
    }
  }
  const sum = totals(results)
  if (opts.json) process.stdout.write(`${JSON.stringify({ results, totals: sum, problems: problems.map((p) => ({ code: p.code, location: p.location, message: p.message })) }, null, 2)}\n`)
  else if (results.length) process.stdout.write(`${formatReport(results, sum)}\n`)
  return problems.length ? 1 : 0
}

async function runPolnear(file: string, opts: EvalOpts): Promise<number> {
  let mod: { runPolnear?: (file: string, opts: { json?: boolean }) => Promise<number> }
  try {
    // The PolNeAR scorer lives with the quote extractor; a non-literal specifier so this module type-checks and loads without it.
    const path: string = '../../eval/polnear.js'
    mod = await import(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new CliError('--polnear: the PolNeAR scorer (src/eval/polnear.ts) is not available in this build')
    throw e
  }
  if (typeof mod.runPolnear !== 'function') throw new CliError('--polnear: src/eval/polnear.ts does not export runPolnear(file, opts)')
  return mod.runPolnear(file, { json: opts.json })
}

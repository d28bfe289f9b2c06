import { Command, CommanderError } from 'commander'
import { COMMANDS } from './commands/index.js'
import { CliError } from './errors.js'

export function buildProgram(): Command {
  const program = new Command()
  program
    .name('entente')
    .description('News articles → evidence-linked political event data (PLOVER/CAMEO), and who stands with whom.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
  for (const register of COMMANDS) register(program)
  return program
}

/** Runs the CLI and returns the exit status; errors are printed as one clear line, never a bare stack. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0 // the reader of our output went away (`| head`)
    if (e instanceof CliError) { process.stderr.write(`entente: ${e.message}\n`); return e.exitCode }
    process.stderr.write(`entente: ${(e as Error).message ?? String(e)}\n`)
    if (process.env.ENTENTE_DEBUG) process.stderr.write(`${(e as Error).stack}\n`)
    return 1
  }
}

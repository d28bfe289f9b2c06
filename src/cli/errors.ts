/** An error the CLI reports as a single line and an exit status (no stack trace). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) { super(message) }
}

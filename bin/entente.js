#!/usr/bin/env node
// Runs the TypeScript sources through tsx so `npx entente …` works right after `npm install`.
import { register } from 'tsx/esm/api'

register()
// Piped into `head` and the like: a closed stdout ends the command quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw err })
}
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv)

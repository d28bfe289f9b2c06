#!/usr/bin/env node
// Runs the TypeScript sources through tsx so `npx entente …` works right after `npm install`.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv)

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'web/**'],
    passWithNoTests: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})

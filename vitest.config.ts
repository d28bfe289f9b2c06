import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'test/e2e/**', 'web/**'],
    passWithNoTests: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})

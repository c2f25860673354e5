import { defineConfig } from 'vitest/config'

// Browser tests run against the built package (dist/), the artefact users get.
export default defineConfig({
  test: {
    name: '@belvo-widget/emulator (e2e)',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})

import { defineConfig } from 'vitest/config'

// Browser and spawned-process tests run against the built package (dist/), the artefact users get.
export default defineConfig({
  test: {
    name: '@belvo-widget/emulator (e2e)',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})

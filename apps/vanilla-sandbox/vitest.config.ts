import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: '@belvo-widget/vanilla-sandbox',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

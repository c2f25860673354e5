import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: '@belvo-widget/consumer-types',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

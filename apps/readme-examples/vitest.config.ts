import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: '@belvo-widget/readme-examples',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

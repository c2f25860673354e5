import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: '@belvo-widget/readme-examples',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    // One file at a time: each builds apps for production, which is what takes the machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

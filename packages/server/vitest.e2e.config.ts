import { defineConfig } from 'vitest/config'

// Checks on the built package (turbo runs `build` first): what bundlers get from `exports`.
export default defineConfig({
  test: {
    name: '@belvo-widget/server (built)',
    environment: 'node',
    include: ['test/**/*.e2e.test.ts'],
  },
})

import { defineConfig } from 'vitest/config'

// Checks on the built package (turbo runs `build` first).
export default defineConfig({
  test: {
    name: '@belvo-widget/react (built)',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
  },
})

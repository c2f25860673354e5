import { defineConfig } from 'vitest/config'

// Checks on the built package (turbo runs `build` first): what bundlers get from `exports`.
// esbuild resolves the package itself; the emulator the tests start is its build too.
export default defineConfig({
  test: {
    name: '@belvo-widget/server (built)',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
  },
})

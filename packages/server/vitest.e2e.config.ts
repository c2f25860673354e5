import { defineConfig } from 'vitest/config'

// Checks on the built package (turbo runs `build` first): what bundlers get from `exports`.
// esbuild resolves the package itself; the emulator the tests start runs from its sources.
export default defineConfig({
  ssr: { resolve: { conditions: ['@belvo-widget/source'] } },
  test: {
    name: '@belvo-widget/server (built)',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
  },
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    name: '@belvo-widget/core',
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // Type tests (src/**/*.test-d.ts) fail the package's `typecheck` (tsc), which compiles them.
    restoreMocks: true,
    // One jsdom per worker, not one per file (starting jsdom was most of this suite's time). The
    // tests that drive the loader take a fresh copy of core and a clean page per test
    // (src/testing/fresh-core.ts), so no file leans on another's leftovers.
    isolate: false,
  },
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    name: '@belvo-widget/core',
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // Type tests (src/**/*.test-d.ts) fail the package's `typecheck` (tsc), which compiles them.
    restoreMocks: true,
  },
})

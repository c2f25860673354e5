import { defineConfig } from 'vitest/config'

// Unit tests beside the code, in happy-dom with the emulator's testing entry; the workspace
// packages resolve to their sources (no build step).
export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    name: '@belvo-widget/element',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // Type tests (src/**/*.test-d.ts) fail the package's `typecheck` (tsc), which compiles them.
    restoreMocks: true,
    // Generous for a busy CI machine; a widget that never answers still fails.
    testTimeout: 15_000,
  },
})

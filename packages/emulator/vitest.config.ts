import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code (`src/**/*.test.ts`); the browser and spawned-process tests
// are in e2e/ (vitest.e2e.config.ts).
// Sources, not dist/: under the Node environment imports resolve through `ssr`.
export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  ssr: { resolve: { conditions: ['@belvo-widget/source'] } },
  test: {
    name: '@belvo-widget/emulator',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
})

import { defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The test process runs the emulator and demo server from their sources too.
  ssr: { resolve: { conditions: ['@belvo-widget/source', ...defaultServerConditions] } },
  test: {
    name: '@belvo-widget/svelte-sandbox',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

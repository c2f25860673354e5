import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: '@belvo-widget/svelte-sandbox',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // As in the engine projects (browser-kit): a busy machine needs more than Vitest's 1 s.
    expect: { poll: { timeout: 5_000 } },
  },
})

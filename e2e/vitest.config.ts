import { defineConfig } from 'vitest/config'

// The composed Storybook's browser test (`node scripts/storybook.mjs check`, after the build).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

import { defineConfig } from 'vitest/config'

// The composed Storybook's browser tests (`node scripts/storybook.mjs check`, after the build):
// the static build, then the development servers, one after the other (each keeps both cores busy).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

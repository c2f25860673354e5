import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { build } from './build-example.ts'

// apps/nuxt-example's own suite, on a build of its sources made by Nuxt 4.5 (build-example.ts).
export default defineConfig({
  test: {
    name: '@belvo-widget/matrix-nuxt-4-5',
    root: fileURLToPath(new URL('../../apps/nuxt-example', import.meta.url)),
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: [fileURLToPath(new URL('./build-example.ts', import.meta.url))],
    env: { NUXT_EXAMPLE_BUILD: build },
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})

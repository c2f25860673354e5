import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Chromium, Firefox and WebKit, every test in each.
  test: {
    projects: engineProjects({
      name: '@belvo-widget/svelte-sandbox',
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    }),
  },
})

import { defineConfig } from 'vitest/config'
import { engineProjects } from './src/vitest-projects.ts'

// The kit's own check that each engine is driven through the same Playwright calls.
export default defineConfig({
  test: {
    projects: engineProjects({
      name: '@belvo-widget/browser-kit (e2e)',
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    }),
  },
})

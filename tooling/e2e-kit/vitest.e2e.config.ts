import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

// The kit's own checks, in Chromium, Firefox and WebKit: what every suite's helpers rely on.
export default defineConfig({
  test: {
    projects: engineProjects({
      name: '@belvo-widget/e2e-kit (e2e)',
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    }),
  },
})

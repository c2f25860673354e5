import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

// Browser tests of the built package (dist/) in Debian's Chromium, Firefox and WebKit, against
// real HTTP servers.
export default defineConfig({
  test: {
    projects: engineProjects({
      name: '@belvo-widget/core (e2e)',
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    }),
  },
})

import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

// Browser tests of the built package (dist/) against real HTTP servers: the loader in Debian's
// Chromium, Firefox and WebKit; the auth session in Chromium only, as its stand-in for the system
// browser sees the custom-scheme redirect through Playwright's requests, which Chromium reports
// (the WebKit driver sees only http through its proxy).
export default defineConfig({
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/core (e2e)',
        include: ['e2e/**/*.e2e.test.ts'],
        environment: 'node',
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
      { crossEngine: ['e2e/loader.e2e.test.ts'] },
    ),
  },
})

import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

// The page is served as users get the packages: their built dist/.
export default defineConfig({
  // Chromium, Firefox and WebKit.
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/html-sandbox',
        include: ['e2e/**/*.e2e.test.ts'],
        environment: 'node',
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
      // Firefox and WebKit: linking, a login error, the token route's fault and the keyboard-only
      // walk.
      {
        crossEngineTests:
          /links an account|why the user left|exit shows the error|token route|keyboard alone/,
      },
    ),
  },
})

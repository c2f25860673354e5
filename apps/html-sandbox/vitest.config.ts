import { engineProjects } from '@belvo-widget/browser-kit'
import { defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

// The page is served as users get the packages: their built dist/.
export default defineConfig({
  // The test process runs the emulator, demo server and kits from their sources.
  ssr: { resolve: { conditions: ['@belvo-widget/source', ...defaultServerConditions] } },
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
      // Firefox and WebKit: linking, a login error, the token route's fault (the keyboard-only
      // walk runs there in the React sandbox).
      {
        crossEngineTests: /links an account|why the user left|exit shows the error|token route/,
      },
    ),
  },
})

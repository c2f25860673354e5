import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Chromium, Firefox and WebKit.
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/angular-sandbox',
        environment: 'node',
        include: ['e2e/**/*.e2e.test.ts'],
        testTimeout: 30_000,
        hookTimeout: 120_000,
      },
      // Firefox and WebKit: linking, a login error, the token route's fault (the keyboard-only
      // walk runs there in the React sandbox).
      {
        crossEngineTests: /links an account|why the user left|exit shows the error|token route/,
      },
    ),
  },
})

import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Chromium, Firefox and WebKit.
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/vue-sandbox',
        environment: 'node',
        include: ['e2e/**/*.e2e.test.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
      // Firefox and WebKit: linking, a login error, the token route's fault, prefetch on hover and
      // the keyboard-only walk, on the composable page only: the component page binds the same
      // controller.
      {
        crossEngineTests:
          /^(?!the component page).*(links an account|why the user left|token route|prefetches on hover|keyboard alone)/,
      },
    ),
  },
})

import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Chromium, Firefox and WebKit.
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/nuxt-example',
        environment: 'node',
        include: ['e2e/**/*.e2e.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 90_000,
      },
      // Firefox and WebKit: the main flow (the Next.js example there also checks the token fault).
      { crossEngineTests: /shows the linked accounts/ },
    ),
  },
})

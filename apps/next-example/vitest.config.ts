import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Chromium, Firefox and WebKit.
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/next-example',
        environment: 'node',
        include: ['e2e/**/*.e2e.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 90_000,
      },
      // The packed Playwright entry's suite drives Chromium, as a user's default project would;
      // Firefox and WebKit run the main flow, the token route's fault, and the hosted widget's
      // link, exit and its routes' failures (at the network, or an answer without JSON).
      {
        crossEngine: ['e2e/next.e2e.test.ts', 'e2e/hosted.e2e.test.ts'],
        crossEngineTests:
          /shows the linked accounts|failing token route|read once|comes back as an exit|fails at the network|answers no JSON/,
      },
    ),
  },
})

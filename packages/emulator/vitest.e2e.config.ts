import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

// Browser and spawned-process tests run against the built package (dist/), the artefact users get.
export default defineConfig({
  // Every file in Chromium; the served SDK, the hosted widget page, the keyboard and Belvo's own
  // snippet in Firefox and WebKit too.
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/emulator (e2e)',
        include: ['e2e/**/*.e2e.test.ts'],
        testTimeout: 20_000,
        hookTimeout: 30_000,
      },
      {
        crossEngine: [
          'e2e/hosted.e2e.test.ts',
          'e2e/keyboard.e2e.test.ts',
          'e2e/vanilla-snippet.e2e.test.ts',
          'e2e/served-sdk.e2e.test.ts',
        ],
      },
    ),
  },
})

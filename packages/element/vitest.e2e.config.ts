import { engineProjects } from '@belvo-widget/browser-kit'
import { defineConfig } from 'vitest/config'

// Browser tests of the built element (dist/) in Debian's Chromium (Firefox and WebKit too), against the emulator and the
// demo server on free ports.
export default defineConfig({
  test: {
    projects: engineProjects(
      {
        name: '@belvo-widget/element (e2e)',
        include: ['e2e/**/*.e2e.test.ts'],
        environment: 'node',
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
      // The README's Content Security Policy is checked in Chromium, whose request routing answers
      // Belvo's real hosts from the emulator after the policy's check (WebKit's driver routes plain
      // HTTP only, and Firefox's routing over BiDi does not reach those https hosts).
      {
        crossEngine: ['e2e/element.e2e.test.ts'],
        crossEngineTests: /^(?!.*under the README’s Content Security Policy)/,
      },
    ),
  },
})

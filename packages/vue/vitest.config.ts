import { chromiumLaunchOptions } from '@belvo-widget/browser-kit'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their sources (no build step), in browser-like and node tests.
const conditions = ['@belvo-widget/source']
const source = { resolve: { conditions }, ssr: { resolve: { conditions } } }

export default defineConfig({
  test: {
    name: '@belvo-widget/vue',
    projects: [
      {
        ...source,
        test: {
          name: '@belvo-widget/vue',
          environment: 'jsdom',
          include: ['src/**/*.test.ts'],
          // Type tests (src/**/*.test-d.ts) fail the package's `typecheck` (tsc), which compiles them.
          restoreMocks: true,
          // Generous for a busy CI machine; a widget that never answers still fails.
          testTimeout: 15_000,
        },
      },
      {
        // The stories as browser tests: what the Storybook's test widget runs, and
        // `pnpm test:stories`. `pnpm test` leaves them to the check of the built Storybook
        // (e2e/storybook.e2e.test.ts), which runs the same play functions.
        plugins: [storybookTest({ configDir: '.storybook' })],
        ...source,
        test: {
          name: '@belvo-widget/vue:storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})

import { fileURLToPath } from 'node:url'
import { chromiumLaunchOptions } from '@belvo-widget/browser-kit'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

const storybookDir = fileURLToPath(new URL('../../.storybook', import.meta.url))

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: '@belvo-widget/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          // Type tests (src/**/*.test-d.ts) fail the package's `typecheck` (tsc), which compiles them.
          restoreMocks: true,
        },
      },
      {
        // The root Storybook's stories, run as browser tests (render + play function): what the
        // Storybook's test widget runs, and `pnpm test:stories`. `pnpm test` leaves them to the
        // check of the built Storybook (e2e/storybook.e2e.test.ts), which runs the same plays.
        extends: true,
        plugins: [storybookTest({ configDir: storybookDir })],
        test: {
          name: '@belvo-widget/react (storybook)',
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

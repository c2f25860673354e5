import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/web-components-vite'
import { defaultClientConditions } from 'vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Sources of the workspace packages (this one, core, the emulator) without a build step.
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      conditions: ['@belvo-widget/source', ...defaultClientConditions],
      alias: {
        'virtual:custom-elements.json': fileURLToPath(
          new URL('../custom-elements.json', import.meta.url),
        ),
      },
    },
  }),
}
export default config

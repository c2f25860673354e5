import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/web-components-vite'
import { defaultClientConditions } from 'vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    // Development builds of the packages, static build included: a Storybook shows what an app
    // in development meets (config checks, errors that say how to fix them), not production's
    // codes alone. Storybook's Vite builder defines process.env.NODE_ENV from this.
    developmentModeForBuild: true,
  },
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

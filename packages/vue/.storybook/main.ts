import type { StorybookConfig } from '@storybook/vue3-vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  // Props and events are documented through argTypes; no docgen pass needed.
  framework: { name: '@storybook/vue3-vite', options: { docgen: false } },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist: the docs page is where a newcomer starts.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    // Development builds of the packages, static build included: a Storybook shows what an app
    // in development meets (config checks, errors that say how to fix them), not production's
    // codes alone. Storybook's Vite builder defines process.env.NODE_ENV from this.
    developmentModeForBuild: true,
  },
  // Sources of the workspace packages (this one, core, the emulator) without a build step.
  viteFinal: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      conditions: ['@belvo-widget/source', 'browser', 'module', 'import', 'default'],
    },
  }),
}
export default config

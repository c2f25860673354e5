import type { StorybookConfig } from '@storybook/vue3-vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest'],
  framework: '@storybook/vue3-vite',
  core: { disableTelemetry: true },
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

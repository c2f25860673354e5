import type { StorybookConfig } from '@storybook/vue3-vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest'],
  // Props and events are documented through argTypes; no docgen pass needed.
  framework: { name: '@storybook/vue3-vite', options: { docgen: false } },
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

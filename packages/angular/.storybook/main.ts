import type { StorybookConfig } from '@storybook/angular'

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  framework: { name: '@storybook/angular', options: {} },
  core: { disableTelemetry: true },
  // Outputs, inputs and controls are described through argTypes; no compodoc pass.
  docs: { defaultName: 'Docs' },
}

export default config

import type { StorybookConfig } from '@storybook/angular'

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/angular', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist: the docs page is where a newcomer starts.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Outputs, inputs and controls are described through argTypes; no compodoc pass.
  docs: { defaultName: 'Docs' },
}

export default config

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
  // `build-storybook` runs in Storybook's test mode (angular.json: "test": true) for esbuild's
  // minifier instead of Terser and no tree shaking, the slow parts of a webpack build; the docs
  // pages, their blocks and the argTypes tables stay, since the static Storybook shows them.
  build: {
    test: {
      disableBlocks: false,
      disabledAddons: [],
      disableMDXEntries: false,
      disableAutoDocs: false,
      disableDocgen: false,
    },
  },
  // Development builds of the packages, static build included: a Storybook shows what an app in
  // development meets (config checks, errors that say how to fix them), not production's codes.
  webpackFinal: (webpack) => {
    // Storybook's DefinePlugin sets process.env.NODE_ENV from the build's mode.
    for (const plugin of webpack.plugins ?? []) {
      const definitions = (plugin as { definitions?: Record<string, unknown> } | null)?.definitions
      if (definitions && 'process.env.NODE_ENV' in definitions) {
        definitions['process.env.NODE_ENV'] = JSON.stringify('development')
      }
    }
    return webpack
  },
}

export default config

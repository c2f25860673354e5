import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'

// Storybook and its addons are dev dependencies of @belvo-widget/react (pnpm does not hoist them
// to the root), so they are resolved from there.
const require = createRequire(new URL('../packages/react/package.json', import.meta.url))
const resolvePackage = (name: string) => dirname(require.resolve(`${name}/package.json`))

const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.mdx', '../packages/react/src/**/*.stories.tsx'],
  framework: { name: resolvePackage('@storybook/react-vite'), options: {} },
  addons: [resolvePackage('@storybook/addon-docs'), resolvePackage('@storybook/addon-vitest')],
  core: { disableTelemetry: true },
  // Vue and Angular Storybooks are composed in: live servers in development, sub-folders of
  // the static build (scripts/storybook.mjs copies them there).
  refs: (_config, { configType }) =>
    configType === 'DEVELOPMENT'
      ? {
          vue: { title: 'Vue', url: 'http://localhost:6007' },
          angular: { title: 'Angular', url: 'http://localhost:6008' },
        }
      : {
          vue: { title: 'Vue', url: './vue' },
          angular: { title: 'Angular', url: './angular' },
        },
  viteFinal: (vite) => ({
    ...vite,
    // Bare imports (Storybook's own runtime included) resolve from the package that depends on them.
    root: fileURLToPath(new URL('../packages/react', import.meta.url)),
    // Stories import the workspace packages from source, so no build is needed first.
    resolve: {
      ...vite.resolve,
      conditions: ['@belvo-widget/source', 'module', 'browser', 'development|production'],
    },
  }),
}

export default config

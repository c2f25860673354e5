import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'
import { composedStorybooks } from './refs.mjs'

// Storybook and its addons are dev dependencies of @belvo-widget/react (pnpm does not hoist them
// to the root), so they are resolved from there.
const require = createRequire(new URL('../packages/react/package.json', import.meta.url))
const resolvePackage = (name: string) => dirname(require.resolve(`${name}/package.json`))
const root = fileURLToPath(new URL('..', import.meta.url))

const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.mdx', '../packages/react/src/**/*.stories.tsx'],
  framework: { name: resolvePackage('@storybook/react-vite'), options: {} },
  addons: [resolvePackage('@storybook/addon-docs'), resolvePackage('@storybook/addon-vitest')],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist: the docs page of each framework is where a newcomer starts.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    // Development builds of the packages, static build included: a Storybook shows what an app
    // in development meets (config checks, errors that say how to fix them), not production's
    // codes alone. Storybook's Vite builder defines process.env.NODE_ENV from this.
    developmentModeForBuild: true,
  },
  // Every package with a "storybook" field in its package.json is composed in (.storybook/refs.mjs):
  // its live server in development, its sub-folder of the static build otherwise.
  refs: (_config, { configType }) =>
    Object.fromEntries(
      composedStorybooks(root).map(({ id, title, port }) => [
        id,
        { title, url: configType === 'DEVELOPMENT' ? `http://localhost:${port}` : `./${id}` },
      ]),
    ),
  viteFinal: (vite) => ({
    ...vite,
    // Bare imports (Storybook's own runtime included) resolve from the package that depends on them.
    root: fileURLToPath(new URL('../packages/react', import.meta.url)),
    // In development the React plugin compiles JSX to react/jsx-dev-runtime, which Storybook does
    // not pre-bundle: a cold dev server found it at the first story, pre-bundled again and
    // reloaded, failing that story's requests in flight (504 "Outdated Optimize Dep").
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'react/jsx-dev-runtime'],
    },
    // Stories import the workspace packages from source, so no build is needed first.
    resolve: {
      ...vite.resolve,
      conditions: ['@belvo-widget/source', 'module', 'browser', 'development|production'],
    },
  }),
}

export default config

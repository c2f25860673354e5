import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// @belvo-widget/vue's own unit tests, with `vue` and Vue Test Utils taken from this package
// (Vue 3.3) instead of the Vue the package develops against.
const require = createRequire(import.meta.url)
const own = (name: string) => dirname(require.resolve(`${name}/package.json`))
const vuePackage = fileURLToPath(new URL('../../packages/vue', import.meta.url))

const alias = ['vue', '@vue/test-utils'].map((name) => ({
  find: new RegExp(`^${name}(?=/|$)`),
  replacement: own(name),
}))
// Workspace packages resolve to their sources, in the jsdom tests and the server-rendering one.
const conditions = ['@belvo-widget/source']

export default defineConfig({
  resolve: { conditions, alias },
  ssr: { resolve: { conditions } },
  test: {
    name: '@belvo-widget/matrix-vue-3-3',
    root: vuePackage,
    include: ['src/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: [fileURLToPath(new URL('./assert-vue-3-3.ts', import.meta.url))],
    restoreMocks: true,
    // As in the package's own run: generous for a busy CI machine.
    testTimeout: 15_000,
  },
})

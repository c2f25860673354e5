import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// @belvo-widget/react's own tests, with `react`, `react-dom` and Testing Library taken from this
// package (React 18) instead of the React 19 the package develops against.
const require = createRequire(import.meta.url)
const own = (name: string) => dirname(require.resolve(`${name}/package.json`))
const reactPackage = fileURLToPath(new URL('../../packages/react', import.meta.url))

export default defineConfig({
  resolve: {
    conditions: ['@belvo-widget/source'],
    alias: ['react', 'react-dom', '@testing-library/react'].map((name) => ({
      find: new RegExp(`^${name}(?=/|$)`),
      replacement: own(name),
    })),
  },
  test: {
    name: '@belvo-widget/matrix-react-18',
    root: reactPackage,
    include: ['src/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: [fileURLToPath(new URL('./assert-react-18.ts', import.meta.url))],
    restoreMocks: true,
  },
})

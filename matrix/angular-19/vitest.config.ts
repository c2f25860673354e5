import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// apps/readme-examples' Angular suite, with this package's Angular CLI and compiler: the app is
// generated under this folder, so its @angular/* imports resolve to this package's versions.
export default defineConfig({
  test: {
    name: '@belvo-widget/matrix-angular-19',
    root: fileURLToPath(new URL('../../apps/readme-examples', import.meta.url)),
    include: ['e2e/angular.e2e.test.ts'],
    environment: 'node',
    env: { ANGULAR_TOOLCHAIN: fileURLToPath(new URL('.', import.meta.url)) },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * This app's Angular suite (`e2e/angular.e2e.test.ts`) with the Angular CLI and compiler of
 * another package: the app is generated under `toolchain`, so its @angular/* imports resolve to
 * that package's versions. The packages in matrix/angular-* use it as their Vitest config.
 */
export function angularSuiteWith(toolchain: URL) {
  const { name } = JSON.parse(readFileSync(new URL('package.json', toolchain), 'utf8'))
  return defineConfig({
    test: {
      name,
      root: fileURLToPath(new URL('.', import.meta.url)),
      include: ['e2e/angular.e2e.test.ts'],
      environment: 'node',
      env: { ANGULAR_TOOLCHAIN: fileURLToPath(toolchain) },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  })
}

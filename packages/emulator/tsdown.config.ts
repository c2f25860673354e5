import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig([
  // Node: the server, its CLI, and the Playwright helpers (which can start it).
  libraryConfig({
    entry: { index: 'src/index.ts', playwright: 'src/playwright/index.ts' },
    platform: 'node',
    target: 'node20',
    shims: true,
    fixedExtension: false,
  }),
  libraryConfig({
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    fixedExtension: false,
    clean: false,
  }),
  // Browser-safe: the testing entry and the sandbox tables.
  libraryConfig({
    entry: { testing: 'src/testing/index.ts', sandbox: 'src/sandbox/index.ts' },
    clean: false,
  }),
])

import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig([
  libraryConfig({ entry: { index: 'src/index.ts' } }),
  // The `browser` export condition resolves here, so a bundle built for a browser fails loudly.
  libraryConfig({
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
  }),
])

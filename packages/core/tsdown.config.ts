import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig([
  libraryConfig({
    entry: {
      index: 'src/index.ts',
      config: 'src/config-entry.ts',
      preload: 'src/preload.ts',
      hosted: 'src/hosted/index.ts',
      'hosted-web': 'src/hosted/web.ts',
    },
  }),
  // For pages with no build step (an import map pointing at a CDN): one file, built as production,
  // since no bundler is there to replace `process.env.NODE_ENV`.
  libraryConfig({
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'browser',
    env: { NODE_ENV: 'production' },
  }),
])

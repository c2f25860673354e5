import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

// ESM for Node: the Vitest suites read the sources, the root scripts (bench, storybook) the build.
export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', vitest: 'src/vitest.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    fixedExtension: false,
  }),
)

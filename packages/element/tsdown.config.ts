import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

// `@belvo-widget/core` is a dependency, never bundled. The framework entries hold types only.
export default defineConfig(
  libraryConfig({
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      react: 'src/react.ts',
      vue: 'src/vue.ts',
      svelte: 'src/svelte.ts',
    },
    external: ['@belvo-widget/core', 'react', 'vue', 'svelte', 'svelte/elements'],
  }),
)

import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

// `@belvo-widget/core` is a dependency. The framework entries hold types only.
export default defineConfig(
  libraryConfig({
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      react: 'src/react.ts',
      vue: 'src/vue.ts',
      svelte: 'src/svelte.ts',
    },
    // Core's main entry stays external; the config key table from `/config` is bundled, so a page
    // with no build step maps one core file.
    external: ['@belvo-widget/core', 'react', 'vue', 'svelte', 'svelte/elements'],
    noExternal: ['@belvo-widget/core/config'],
  }),
)

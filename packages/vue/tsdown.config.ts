import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

// `vue` and `@belvo-widget/core` are dependencies, never bundled.
export default defineConfig(libraryConfig({ external: ['vue', '@belvo-widget/core'] }))

import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig(
  libraryConfig({
    entry: {
      index: 'src/index.ts',
      hosted: 'src/hosted/index.ts',
      'hosted-web': 'src/hosted/web.ts',
    },
  }),
)

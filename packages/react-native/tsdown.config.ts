import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig(
  libraryConfig({
    external: [
      'react',
      'react/jsx-runtime',
      'react-native',
      'react-native-webview',
      /^@belvo-widget\/core/,
    ],
  }),
)

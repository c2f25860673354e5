import type { Preview } from '@storybook/vue3-vite'
import { belvoEmulator } from '../src/stories/emulator.ts'

// The emulator is installed by a loader before the first story renders, and handed to stories
// as `loaded.belvo`.
const preview: Preview = {
  loaders: [() => ({ belvo: belvoEmulator() })],
  parameters: { layout: 'padded', controls: { sort: 'requiredFirst' } },
}

export default preview

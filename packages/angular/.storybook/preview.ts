import { belvoEmulator } from '@belvo-widget/story-kit'
import type { Preview } from '@storybook/angular'

// The emulator is installed by a loader before the first story renders and handed to stories
// as `loaded.belvo`: they load Belvo's script as an app would and get the emulated widget.
const preview: Preview = {
  loaders: [() => ({ belvo: belvoEmulator() })],
  parameters: {
    layout: 'padded',
    controls: { sort: 'requiredFirst' },
  },
}

export default preview

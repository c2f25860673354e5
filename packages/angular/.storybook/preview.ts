import { belvoEmulator } from '@belvo-widget/story-kit'
import type { Preview } from '@storybook/angular'
import { configure } from 'storybook/test'

// Play functions wait up to 5 s for the widget's screens: room for a busy CI machine.
configure({ asyncUtilTimeout: 5000 })

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

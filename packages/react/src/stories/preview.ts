import { belvoEmulator } from '@belvo-widget/story-kit'
import type { Preview } from '@storybook/react-vite'
import { configure } from 'storybook/test'

// Play functions wait up to 5 s for the widget's screens: room for a busy CI machine.
configure({ asyncUtilTimeout: 5000 })

// The root Storybook's preview (re-exported by .storybook/preview.ts): the emulator is
// installed by a loader before the first story renders, and handed to stories as `loaded.belvo`.
const preview: Preview = {
  loaders: [() => ({ belvo: belvoEmulator() })],
  parameters: {
    layout: 'padded',
    actions: { argTypesRegex: undefined },
    controls: { sort: 'requiredFirst' },
  },
}

export default preview

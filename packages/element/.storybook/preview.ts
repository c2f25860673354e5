import manifest from 'virtual:custom-elements.json'
import { belvoEmulator } from '@belvo-widget/story-kit'
import type { Preview } from '@storybook/web-components-vite'
import { setCustomElementsManifest } from '@storybook/web-components-vite'
import { configure } from 'storybook/test'

// The element's attributes, events, slots and states, as the build documents them.
setCustomElementsManifest(manifest)

// Play functions wait up to 5 s for the widget's screens: room for a busy CI machine.
configure({ asyncUtilTimeout: 5000 })

// The emulated SDK is installed by a loader before the first story renders, and handed to
// stories as `loaded.belvo`.
const preview: Preview = {
  loaders: [() => ({ belvo: belvoEmulator() })],
  parameters: { layout: 'padded', controls: { sort: 'alpha' } },
}

export default preview

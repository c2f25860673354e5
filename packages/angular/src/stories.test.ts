import { setProjectAnnotations } from '@storybook/angular'
import { composeStories } from 'storybook/preview-api'
import { afterEach, describe, expect, it } from 'vitest'
import preview from '../.storybook/preview'
import * as directiveStories from './lib/belvo-widget.stories'
import * as injectStories from './lib/inject-belvo-widget.stories'

// The Angular renderer reads this global (the Storybook builder defines it in the browser).
Object.assign(globalThis, { STORYBOOK_ANGULAR_OPTIONS: { experimentalZoneless: true } })
const annotations = setProjectAnnotations(preview)

interface RunnableStory {
  run(context?: { canvasElement: HTMLElement }): Promise<void>
}
const compose = (stories: object) =>
  Object.entries(composeStories(stories as Parameters<typeof composeStories>[0], annotations)) as [
    string,
    RunnableStory,
  ][]

// Each story renders and runs its play function against the emulated SDK, as in Storybook.
describe.each([
  ['[belvoWidget]', compose(directiveStories)],
  ['injectBelvoWidget', compose(injectStories)],
])('%s stories', (_, stories) => {
  let canvasElement: HTMLElement
  afterEach(() => canvasElement.remove())

  it.each(stories)('%s', async (_name, story) => {
    canvasElement = document.body.appendChild(document.createElement('div'))
    await story.run({ canvasElement })
    expect(document.getElementById('belvo')).toBeNull()
  })
})

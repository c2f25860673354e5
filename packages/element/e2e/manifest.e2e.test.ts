import { readFileSync } from 'node:fs'
import { BELVO_SCRIPT_KEYS } from '@belvo-widget/core'
import { BELVO_CONFIG_KEYS } from '@belvo-widget/core/config'
import { expect, it } from 'vitest'

// The custom elements manifest the build ships, as editors and Storybook read it.
const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
)
const kebab = (key: string) => key.replace(/[A-Z]/g, '-$&').replace(/_/g, '-').toLowerCase()

it('describes <belvo-widget>: an attribute per config and script key, its events, slots and states', () => {
  expect(manifest.modules.map((mod: { path: string }) => mod.path)).toEqual([
    'src/element.ts',
    'src/define.ts',
  ])
  const [element] = manifest.modules[0].declarations
  expect(element.tagName).toBe('belvo-widget')
  const attributes = element.attributes.map((a: { name: string }) => a.name)
  for (const key of [...Object.keys(BELVO_CONFIG_KEYS), ...BELVO_SCRIPT_KEYS]) {
    expect(attributes).toContain(kebab(key))
  }
  expect(attributes).toEqual(expect.arrayContaining(['token-url', 'auto-open', 'status']))
  expect(element.attributes.find((a: { name: string }) => a.name === 'locale')).toMatchObject({
    fieldName: 'locale',
    type: { text: "'es' | 'en' | 'pt'" },
    description: expect.stringContaining('Widget language'),
  })
  expect(element.events.map((e: { name: string }) => e.name)).toEqual([
    'belvo-success',
    'belvo-exit',
    'belvo-event',
    'belvo-error',
  ])
  expect(element.slots.map((s: { name: string }) => s.name)).toEqual(['trigger', ''])
  expect(element.cssStates.map((s: { name: string }) => s.name)).toEqual([
    'idle',
    'loading',
    'open',
    'success',
    'exit',
    'error',
  ])
  expect(element.members.some((m: { name: string }) => m.name.startsWith('#'))).toBe(false)
})

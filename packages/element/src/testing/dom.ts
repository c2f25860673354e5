import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach, onTestFinished } from 'vitest'
import type { BelvoWidgetElement } from '../element.ts'
import '../define.ts'

/**
 * The running test's emulator, installed afresh before each test and uninstalled after it. Give
 * code under test `emu.src`, a script address of this install's own: its JSDoc says what core's
 * loader would otherwise share between tests. `user.*` waits up to 10 s, room for a busy CI.
 */
export let emu: InstalledEmulator
beforeEach(() => {
  emu = installBelvoEmulator({ timeoutMs: 10_000 })
  return emu.uninstall
})
// The page as new for each test.
afterEach(() => document.body.replaceChildren())

/** Parses `html` into the page and returns its `<belvo-widget>`. */
export function render(html: string): BelvoWidgetElement {
  document.body.insertAdjacentHTML('beforeend', html)
  return document.body.querySelector('belvo-widget:last-of-type')!
}

/** Every `belvo-*` event that reached `document`, in order. */
export function recordEvents(): CustomEvent[] {
  const seen: CustomEvent[] = []
  const listener = (event: Event) => seen.push(event as CustomEvent)
  const types = ['belvo-success', 'belvo-exit', 'belvo-event', 'belvo-error']
  for (const type of types) document.addEventListener(type, listener)
  onTestFinished(() => {
    for (const type of types) document.removeEventListener(type, listener)
  })
  return seen
}

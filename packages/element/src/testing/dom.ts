import { type InstallOptions, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { onTestFinished } from 'vitest'
import type { BelvoWidgetElement } from '../element.ts'
import '../define.ts'

let count = 0

/**
 * A fresh emulator for the running test and a script address of its own (core loads a script
 * once per address, so each test loads it afresh), removed with the page's elements afterwards.
 */
export function useEmulator(options: InstallOptions = {}) {
  // `user.*` waits up to 10 s for the widget: room for a busy CI machine.
  const emu = installBelvoEmulator({ timeoutMs: 10_000, ...options })
  onTestFinished(() => {
    // The page as new: a script tag left in it would hand the next test the SDK at once.
    document.body.replaceChildren()
    for (const script of document.querySelectorAll('script')) script.remove()
    emu.uninstall()
  })
  return { emu, src: `https://cdn.belvo.io/belvo-widget-1-stable.js?test=${++count}` }
}

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

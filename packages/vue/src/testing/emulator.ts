import { type InstallOptions, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { onTestFinished } from 'vitest'

let count = 0

/**
 * A fresh emulator for the running test, and a script address of its own: the SDK loader keeps
 * one load per address, so a new address makes each test load (or fail to load) the script afresh.
 */
export function useEmulator(options: InstallOptions = {}) {
  // `user.*` waits up to 10 s for the widget: room for a busy CI machine.
  const emu = installBelvoEmulator({ timeoutMs: 10_000, ...options })
  onTestFinished(() => emu.uninstall())
  return { emu, src: `https://cdn.belvo.io/belvo-widget-1-stable.js?test=${++count}` }
}

/** Mount points the widget left in the page. */
export const overlays = () => document.querySelectorAll('#belvo').length

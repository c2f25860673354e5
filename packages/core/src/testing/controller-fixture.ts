import {
  type InstalledEmulator,
  type InstallOptions,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
} from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach } from 'vitest'
import type { BelvoWidgetOptions } from '../options.ts'
import type { BelvoWidgetState } from '../state.ts'
import type { BelvoSdk } from '../types.ts'
import { useFreshCore } from './fresh-core.ts'

export const { success, invalidCredentials } = SANDBOX_CREDENTIALS

/** The page's window, typed with Belvo's global (core declares none). */
export const win = window as Window & { belvoSDK?: BelvoSdk }

/** The SDK's script tags in the page (a retry's address ends in `?retry=<n>`). */
export const sdkTags = (): NodeListOf<Element> =>
  document.querySelectorAll('script[src*="belvo-widget-1-stable.js"]')

/** The emulated widget's dialog, if one is on screen. */
export const overlay = (): Element | null => document.querySelector('#belvo [role="dialog"]')

/**
 * The controller tests' setup: a fresh core and emulator per test (see `useFreshCore`), and
 * `setup()`, a controller recording every callback and state it produced.
 */
export function useControllerFixture() {
  const fresh = useFreshCore()
  let core: typeof import('../index.ts')
  let emu: InstalledEmulator
  beforeEach(() => {
    core = fresh.core()
    emu = fresh.emu()
  })
  afterEach(() => {
    if (emu !== fresh.emu()) emu.uninstall()
  })
  /** Replaces this test's emulator with one installed with `options`. */
  const reinstall = (options: InstallOptions) => {
    emu.uninstall()
    emu = installBelvoEmulator(options)
  }
  const setup = (options: BelvoWidgetOptions = {}) => {
    const calls: Array<[string, ...unknown[]]> = []
    const states: BelvoWidgetState['status'][] = []
    const widget = core.createBelvoWidget({
      token: () => emu.createToken(),
      onSuccess: (...args) => calls.push(['success', ...args]),
      onExit: (data) => calls.push(['exit', data]),
      onError: (error) => calls.push(['error', error.code]),
      onEvent: (event) => calls.push(['event', event.eventName]),
      ...options,
    })
    widget.subscribe((state) => states.push(state.status))
    return { widget, calls, states, outcomes: () => calls.filter(([kind]) => kind !== 'event') }
  }
  return { core: () => core, emu: () => emu, reinstall, setup }
}

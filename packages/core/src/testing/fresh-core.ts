import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Registers per-test setup for a test file that drives core against the emulated SDK: a fresh
 * copy of core and a fresh emulator per test, and a clean page after. Read the returned getters
 * inside tests.
 *
 * What the loader keeps at module level: a load still pending for an address (shared with the
 * next caller, then dropped once it settles) and, per address, how many loads failed (the
 * next asks for `?retry=<n>`). A finished load is not cached: the next call reads
 * `window.belvoSDK`, which the emulator's `uninstall()` removes along with its script tags. Core's
 * own tests use Belvo's default address, so they take a fresh copy of core; the bindings' tests
 * give each test the emulator's `src`, an address of its own, instead.
 */
export function useFreshCore(): {
  core: () => typeof import('../index.ts')
  emu: () => InstalledEmulator
} {
  let core: typeof import('../index.ts')
  let emu: InstalledEmulator
  beforeEach(async () => {
    vi.resetModules()
    core = await import('../index.ts')
    emu = installBelvoEmulator()
  })
  afterEach(() => {
    emu.uninstall()
    delete (window as { belvoSDK?: unknown }).belvoSDK
    document.head.replaceChildren()
    document.body.replaceChildren()
    document.documentElement.removeAttribute('style')
    document.body.removeAttribute('style')
  })
  return { core: () => core, emu: () => emu }
}

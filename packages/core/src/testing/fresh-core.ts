import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Registers per-test setup for a test file that drives core against the emulated SDK: a fresh
 * copy of core (the loader keeps its in-flight script loads at module level) and a fresh emulator
 * per test, and a clean page after. Read the returned getters inside tests.
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

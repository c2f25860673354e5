import { installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { loadBelvoSdk } from './loader.ts'

const sdkTags = () => document.querySelectorAll('script[src*="belvo-widget-1-stable.js"]')

afterEach(() => {
  delete (window as { belvoSDK?: unknown }).belvoSDK
})

// What the bindings' tests rely on: each install of the emulator gives an address of its own, so
// a test never joins the load an earlier test left pending in this module's loader.
describe("the loader with the emulator's per-install address", () => {
  it('a load left pending by one install is not joined by the next install’s address', async () => {
    const first = installBelvoEmulator({ scriptFault: 'hang' })
    const pending = loadBelvoSdk({ src: first.src, timeoutMs: 200 })
    const second = installBelvoEmulator()
    expect(second.src).not.toBe(first.src)
    await expect(loadBelvoSdk({ src: second.src })).resolves.toHaveProperty('createWidget')
    second.uninstall()
    await expect(pending).rejects.toMatchObject({ code: 'script_timeout' })
  })

  it('the same address would have joined it: the load an earlier test left pending', async () => {
    const first = installBelvoEmulator({ scriptFault: 'hang' })
    const pending = loadBelvoSdk({ src: first.src, timeoutMs: 200 })
    const second = installBelvoEmulator()
    expect(loadBelvoSdk({ src: first.src })).toBe(pending)
    second.uninstall()
    await expect(pending).rejects.toMatchObject({ code: 'script_timeout' })
  })

  it("uninstall() removes the SDK's script tags, so the next test's page has none", async () => {
    const emu = installBelvoEmulator()
    await loadBelvoSdk({ src: emu.src })
    expect(sdkTags()).toHaveLength(1)
    emu.uninstall()
    expect(sdkTags()).toHaveLength(0)
    expect('belvoSDK' in window).toBe(false)
  })
})

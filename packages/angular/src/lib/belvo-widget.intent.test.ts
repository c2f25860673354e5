import { TestBed } from '@angular/core/testing'
import { describe, expect, it, vi } from 'vitest'
import { render, statusIs, t, useEmulatorPerTest } from '../testing/directive-host'
import { flush } from '../testing/helpers'
import { provideBelvoWidget } from './defaults'

useEmulatorPerTest()

describe('[belvoWidget] prefetchOnIntent', () => {
  const intent = () => {
    for (const type of ['pointerenter', 'focus', 'touchstart'])
      t.button.dispatchEvent(new Event(type))
  }

  it('off by default: pointer-over and focus request nothing before the click', async () => {
    const token = vi.fn(() => t.emulator.createToken())
    await render(token)
    intent()
    await flush()
    expect(token).not.toHaveBeenCalled()
    expect(t.emulator.scriptRequests).toBe(0)
  })

  it('on: intent fetches the token and the script once; the click opens with them', async () => {
    const token = vi.fn(() => t.emulator.createToken())
    await render(token)
    t.host.prefetch.set(true)
    await t.fixture.whenStable()
    intent()
    intent()
    await vi.waitFor(() => expect(t.emulator.scriptRequests).toBe(1))
    expect(token).toHaveBeenCalledOnce()
    expect(t.button.textContent).toBe('idle')
    t.button.click()
    await statusIs('open')
    expect(token).toHaveBeenCalledOnce()
    expect(t.emulator.scriptRequests).toBe(1)
    expect(t.emulator.buildCount).toBe(1)
  })

  it("unset, it is provideBelvoWidget()'s default; the directive's own input wins over it", async () => {
    TestBed.configureTestingModule({ providers: [provideBelvoWidget({ prefetchOnIntent: true })] })
    const token = vi.fn(() => t.emulator.createToken())
    await render(token)
    t.host.prefetch.set(false)
    await t.fixture.whenStable()
    intent()
    await flush()
    expect(token).not.toHaveBeenCalled()
    expect(t.emulator.scriptRequests).toBe(0)

    t.host.prefetch.set(undefined)
    await t.fixture.whenStable()
    intent()
    await vi.waitFor(() => expect(t.emulator.scriptRequests).toBe(1))
    expect(token).toHaveBeenCalledOnce()
    // The default reached the trigger only: the controller opens with it without complaint.
    t.button.click()
    await statusIs('open')
    expect(token).toHaveBeenCalledOnce()
    expect(t.host.errors).toEqual([])
  })
})

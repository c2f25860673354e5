import { describe, expect, it, vi } from 'vitest'
import type { BelvoWidgetOptions } from './options.ts'
import { overlay, sdkTags, useControllerFixture, win } from './testing/controller-fixture.ts'

const { core, emu, setup } = useControllerFixture()

describe('createBelvoWidget: teardown', () => {
  it('fires no callback after close(), and removes overlay and mount point', async () => {
    const { widget, calls } = setup()
    await widget.open()
    const { config } = emu().createWidgetCalls[0] as {
      config: { callback: (l: string, i: string) => void }
    }
    const before = calls.length
    widget.close()
    expect(widget.getSnapshot()).toEqual({ status: 'idle' })
    expect(document.getElementById('belvo')).toBeNull()
    // Belvo's SDK calling back late (it has no destroy) reaches nobody.
    config.callback('late-link', 'erebor_mx_retail')
    expect(calls.slice(before)).toEqual([])
  })

  it('cancels an open that is still loading: nothing is built, nothing is called', async () => {
    emu().setFaults({ scriptLatencyMs: 30 })
    const { widget, calls } = setup()
    const opened = widget.open()
    widget.destroy()
    await opened
    await new Promise((r) => setTimeout(r, 60))
    expect(emu().createWidgetCalls).toHaveLength(0)
    expect(calls).toEqual([])
    expect(overlay()).toBeNull()
    // destroy() is final.
    await widget.open()
    expect(emu().createWidgetCalls).toHaveLength(0)
  })

  it('reuses the token of a cancelled open (mount/unmount/mount) instead of fetching again', async () => {
    const token = vi.fn(async () => ({ access: emu().createToken(), refresh: 'r' }))
    const { widget, calls } = setup({ token })
    void widget.open()
    widget.close()
    await widget.open()
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu().createWidgetCalls).toHaveLength(1)
    expect(sdkTags()).toHaveLength(1)
    expect(calls).toEqual([['event', 'PAGE_LOAD']])
  })
})

describe('createBelvoWidget: failures', () => {
  it('refetches an expired token from a function before building', async () => {
    const token = vi
      .fn()
      .mockReturnValueOnce(emu().createToken({ expiresInSeconds: -30 }))
      .mockReturnValueOnce(emu().createToken())
    const { widget } = setup({ token })
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    expect(widget.getSnapshot().status).toBe('open')
  })

  it('refuses an expired string token without calling the SDK', async () => {
    const { widget, outcomes } = setup({ token: emu().createToken({ expiresInSeconds: -30 }) })
    await widget.open()
    expect(widget.getSnapshot()).toMatchObject({
      status: 'error',
      error: { code: 'token_expired' },
    })
    expect(outcomes()).toEqual([['error', 'token_expired']])
    expect(emu().createWidgetCalls).toHaveLength(0)
  })

  it('fails on invalid config before any request, naming the key', async () => {
    const token = vi.fn(() => emu().createToken())
    const { widget, outcomes } = setup({ token, country_codes: ['mx' as 'MX'] })
    await widget.open()
    expect(outcomes()).toEqual([['error', 'invalid_config']])
    expect(widget.getSnapshot().error?.message).toMatch(/country_codes.*"mx"/)
    expect(token).not.toHaveBeenCalled()
    expect(sdkTags()).toHaveLength(0)
  })

  it('fails with invalid_config when there is no token', async () => {
    const { widget, outcomes } = setup({ token: undefined })
    await widget.open()
    expect(outcomes()).toEqual([['error', 'invalid_config']])
    expect(emu().createWidgetCalls).toHaveLength(0)
  })

  it('reports a failed script load, leaves no tag or overlay, and recovers on the next open', async () => {
    emu().setFaults({ scriptFault: 'error' })
    const { widget, outcomes } = setup()
    await widget.open()
    expect(outcomes()).toEqual([['error', 'script_load_failed']])
    expect(sdkTags()).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()

    emu().setFaults({ scriptFault: 'none' })
    await widget.open()
    expect(widget.getSnapshot().status).toBe('open')
    expect(sdkTags()).toHaveLength(1)
  })

  it('reports a token function failure as token_failed with the cause', async () => {
    const cause = new Error('demo server answered 502')
    const { widget } = setup({ token: () => Promise.reject(cause) })
    await widget.open()
    expect(widget.getSnapshot().error).toMatchObject({ code: 'token_failed', cause })
  })

  it('reports a throwing build() as widget_failed and cleans up', async () => {
    const { widget } = setup({ callback: undefined } as BelvoWidgetOptions)
    win.belvoSDK = {
      createWidget: () => ({
        build() {
          throw new Error('boom')
        },
      }),
    }
    await widget.open()
    expect(widget.getSnapshot().error).toMatchObject({
      code: 'widget_failed',
      message: expect.stringContaining('boom'),
    })
    expect(document.getElementById('belvo')).toBeNull()
  })
})

describe('createBelvoWidget: store', () => {
  it('keeps the snapshot identity until something changes, and unsubscribes', async () => {
    const widget = core().createBelvoWidget({ token: () => emu().createToken() })
    const first = widget.getSnapshot()
    expect(widget.getSnapshot()).toBe(first)
    const listener = vi.fn()
    const unsubscribe = widget.subscribe(listener)
    widget.setOptions({ locale: 'en' })
    expect(listener).not.toHaveBeenCalled()
    await widget.open()
    expect(listener).toHaveBeenCalled()
    unsubscribe()
    listener.mockClear()
    widget.close()
    expect(listener).not.toHaveBeenCalled()
    expect(widget.getSnapshot()).not.toBe(first)
  })
})

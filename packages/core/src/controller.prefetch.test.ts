import { describe, expect, it, vi } from 'vitest'
import { overlay, sdkTags, useControllerFixture } from './testing/controller-fixture.ts'

const { core, emu, setup } = useControllerFixture()

describe('createBelvoWidget: prefetch', () => {
  const tick = () => new Promise((r) => setTimeout(r, 20))

  it('prefetch then open: one token request, one script request, and the widget opens with them', async () => {
    const token = vi.fn(async () => emu().createToken())
    const { widget, states } = setup({ token })
    widget.prefetch()
    widget.prefetch() // pending: nothing more
    await tick()
    expect(token).toHaveBeenCalledOnce()
    expect(emu().scriptRequests).toBe(1)
    expect(states).toEqual([]) // prefetching shows nothing
    widget.prefetch() // fresh: nothing more
    await widget.open()
    expect(widget.getSnapshot().status).toBe('open')
    expect(token).toHaveBeenCalledOnce()
    expect(emu().scriptRequests).toBe(1)
    expect(sdkTags()).toHaveLength(1)
    expect(emu().createWidgetCalls[0]!.token).toBe(await token.mock.results[0]!.value)
  })

  it('replaces a prefetched token that has expired by the time the user clicks', async () => {
    const expired = emu().createToken({ expiresInSeconds: -30 })
    const fresh = emu().createToken()
    const token = vi.fn().mockResolvedValueOnce(expired).mockResolvedValueOnce(fresh)
    const { widget } = setup({ token })
    widget.prefetch()
    await tick()
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    expect(emu().createWidgetCalls.map((call) => call.token)).toEqual([fresh])
  })

  it('prefetches again once the prefetched token has expired', async () => {
    const token = vi
      .fn()
      .mockResolvedValueOnce(emu().createToken({ expiresInSeconds: -30 }))
      .mockResolvedValueOnce(emu().createToken())
    const { widget } = setup({ token })
    widget.prefetch()
    await tick()
    widget.prefetch()
    await tick()
    expect(token).toHaveBeenCalledTimes(2)
  })

  it('never reuses a token an open handed to Belvo', async () => {
    const token = vi.fn(async () => emu().createToken())
    const { widget } = setup({ token })
    widget.prefetch()
    await widget.open()
    await emu().user.abandon()
    expect(widget.getSnapshot().status).toBe('exit')
    widget.prefetch()
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    const [first, second] = emu().createWidgetCalls.map((call) => call.token)
    expect(first).not.toBe(second)
  })

  it('a failed prefetch is silent; the next open asks again and reports only if that fails', async () => {
    const token = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(emu().createToken())
    const { widget, calls, states } = setup({ token })
    widget.prefetch()
    await tick()
    expect(calls).toEqual([])
    expect(states).toEqual([])
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    expect(widget.getSnapshot().status).toBe('open')
    expect(calls.filter(([kind]) => kind === 'error')).toEqual([])
  })

  it('spends no token on a config that open() would refuse', async () => {
    const token = vi.fn(async () => emu().createToken())
    const { widget } = setup({ token, country_codes: ['mx' as 'MX'] })
    widget.prefetch()
    await tick()
    expect(token).not.toHaveBeenCalled()
    expect(emu().scriptRequests).toBe(0)
  })

  it('does nothing while a widget is open, or when the browser asks to save data', async () => {
    const token = vi.fn(async () => emu().createToken())
    const { widget } = setup({ token })
    await widget.open()
    widget.prefetch()
    await tick()
    expect(token).toHaveBeenCalledOnce()
    widget.close()

    vi.stubGlobal('navigator', { ...navigator, connection: { saveData: true } })
    try {
      widget.prefetch()
      await tick()
      expect(token).toHaveBeenCalledOnce()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('destroyed during a prefetch: nothing opens, no callback, no overlay, and no later use', async () => {
    emu().setFaults({ scriptLatencyMs: 30 })
    const token = vi.fn(async () => emu().createToken())
    const { widget, calls, states } = setup({ token })
    widget.prefetch()
    widget.destroy()
    await new Promise((r) => setTimeout(r, 60))
    widget.prefetch()
    await widget.open()
    expect(token).toHaveBeenCalledOnce()
    expect(emu().createWidgetCalls).toHaveLength(0)
    expect(calls).toEqual([])
    expect(states).toEqual([])
    expect(overlay()).toBeNull()
  })
})

describe('createBelvoWidget: script options', () => {
  it('refuses a timeoutMs that is not a positive number before any request', async () => {
    const token = vi.fn(() => emu().createToken())
    const { widget, calls } = setup({ token, timeoutMs: Number.NaN })
    await widget.open()
    expect(calls).toEqual([['error', 'invalid_config']])
    expect(widget.getSnapshot().error?.message).toMatch(/timeoutMs must be a number/)
    expect(token).not.toHaveBeenCalled()
    expect(emu().scriptRequests).toBe(0)
  })
})

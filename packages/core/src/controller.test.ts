import {
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
} from '@belvo-widget/emulator/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BelvoWidgetState } from './controller.ts'
import type { BelvoWidgetOptions } from './options.ts'
import { useFreshCore } from './testing/fresh-core.ts'
import type { BelvoSdk } from './types.ts'

// A fresh core (the loader's module state) and emulator per test, and a clean page after.
const fresh = useFreshCore()
let core: typeof import('./index.ts')
let emu: InstalledEmulator
const win = window as Window & { belvoSDK?: BelvoSdk }
beforeEach(() => {
  core = fresh.core()
  emu = fresh.emu()
})

const sdkTags = () => document.querySelectorAll('script[src$="belvo-widget-1-stable.js"]')
const overlay = () => document.querySelector('#belvo [role="dialog"]')

/** A controller recording every callback and state it produced. */
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

const { success, invalidCredentials } = SANDBOX_CREDENTIALS

describe('createBelvoWidget: the happy path', () => {
  it('links an account: loading → open → success, then clears the overlay', async () => {
    const { widget, states, outcomes } = setup({ locale: 'en', country_codes: ['MX'] })
    await widget.open()
    expect(widget.getSnapshot()).toEqual({ status: 'open' })
    expect(overlay()).not.toBeNull()
    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ locale: 'en', country_codes: ['MX'] })

    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)

    const state = widget.getSnapshot()
    expect(state).toEqual({
      status: 'success',
      link: expect.any(String),
      institution: 'erebor_mx_retail',
    })
    expect(outcomes()).toEqual([['success', state.link, 'erebor_mx_retail']])
    expect(states).toEqual(['loading', 'open', 'success'])
    // The mount point it created is gone with the widget's overlay.
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('requests the token and the script at the same time', async () => {
    let release!: (token: string) => void
    const token = vi.fn(() => new Promise<string>((resolve) => (release = resolve)))
    const { widget } = setup({ token })
    const opened = widget.open()
    await Promise.resolve()
    // The token is still pending, yet the script was already requested.
    expect(token).toHaveBeenCalledTimes(1)
    expect(sdkTags()).toHaveLength(1)
    expect(emu.scriptRequests).toBe(1)
    expect(emu.createWidgetCalls).toHaveLength(0)
    release(emu.createToken())
    await opened
    expect(emu.createWidgetCalls).toHaveLength(1)
  })

  it('builds exactly once however often open() is called', async () => {
    const token = vi.fn(() => emu.createToken())
    const { widget } = setup({ token })
    await Promise.all([widget.open(), widget.open(), widget.open()])
    await widget.open()
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
    expect(emu.buildCount).toBe(1)
    expect(sdkTags()).toHaveLength(1)
  })

  it('uses a #belvo the page already has, and empties it rather than removing it', async () => {
    const own = document.createElement('div')
    own.id = 'belvo'
    document.body.append(own)
    const { widget } = setup()
    await widget.open()
    expect(own.querySelector('[role="dialog"]')).not.toBeNull()
    widget.close()
    expect(own.isConnected).toBe(true)
    expect(own.childElementCount).toBe(0)
  })

  it('reports events with one typed shape, whatever the SDK sends', async () => {
    emu.uninstall()
    emu = installBelvoEmulator({ payloadStyle: 'wrapped' })
    const events: unknown[] = []
    const { widget, outcomes } = setup({ onEvent: (event) => events.push(event) })
    await widget.open()
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(invalidCredentials.username, invalidCredentials.password)
    expect(events).toContainEqual(
      expect.objectContaining({
        eventName: 'PAGE_LOAD',
        meta_data: expect.objectContaining({ page: expect.any(String) }),
      }),
    )
    expect(events).toContainEqual({
      eventName: 'ERROR',
      request_id: expect.any(String),
      meta_data: expect.objectContaining({
        error_code: 'login_error',
        error_message: 'Invalid credentials provided to login to the institution',
        institution_name: 'erebor_mx_retail',
      }),
    })
    await emu.user.close()
    expect(outcomes()).toEqual([
      [
        'exit',
        {
          last_encountered_error: {
            code: 'login_error',
            message: 'Invalid credentials provided to login to the institution',
          },
          meta_data: expect.objectContaining({ institution_name: 'erebor_mx_retail' }),
        },
      ],
    ])
    expect(widget.getSnapshot()).toMatchObject({
      status: 'exit',
      exit: { last_encountered_error: { code: 'login_error' } },
    })
  })

  it('reports leaving from the first screen with step abandon-survey', async () => {
    const { widget, outcomes } = setup()
    await widget.open()
    await emu.user.abandon()
    expect(outcomes()).toEqual([
      ['exit', { meta_data: expect.objectContaining({ step: 'abandon-survey' }) }],
    ])
    expect(overlay()).toBeNull()
  })

  it('calls the latest callbacks given through setOptions', async () => {
    const first = vi.fn()
    const latest = vi.fn()
    const { widget } = setup({ onSuccess: first })
    await widget.open()
    widget.setOptions({ onSuccess: latest })
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledOnce()
  })

  it('setOptions merges, and a key given as undefined is unset', async () => {
    const { widget } = setup({ locale: 'en', company_name: 'ACME' })
    widget.setOptions({ locale: 'pt' })
    await widget.open()
    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ locale: 'pt', company_name: 'ACME' })
    widget.close()
    widget.setOptions({ token: () => emu.createToken(), locale: 'es', company_name: undefined })
    await widget.open()
    expect(emu.createWidgetCalls[1]!.config).toMatchObject({ locale: 'es' })
    expect(emu.createWidgetCalls[1]!.config).not.toHaveProperty('company_name')
  })

  it('mergeOptions lets app defaults show through options left unset', async () => {
    const token = vi.fn(() => emu.createToken())
    const defaults = { token, locale: 'pt', company_name: 'ACME' } as const
    const widget = core.createBelvoWidget(() =>
      core.mergeOptions(defaults, { token: undefined, locale: 'en', company_name: undefined }),
    )
    await widget.open()
    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ locale: 'en', company_name: 'ACME' })
    expect(token).toHaveBeenCalledOnce()
  })

  it('reads a getter of options on each open and on each callback', async () => {
    let options: BelvoWidgetOptions = { token: () => emu.createToken(), locale: 'en' }
    const widget = core.createBelvoWidget(() => options)
    await widget.open()
    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ locale: 'en' })
    // Changed while the widget is open: the callback that fires is the one set now.
    const onSuccess = vi.fn()
    options = { ...options, locale: 'pt', onSuccess }
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    expect(onSuccess).toHaveBeenCalledWith(expect.any(String), 'erebor_mx_retail')
    await widget.open()
    expect(emu.createWidgetCalls[1]!.config).toMatchObject({ locale: 'pt' })
  })

  it("passes Belvo its config keys only: never a script option, core's own option or callback", async () => {
    const { widget } = setup({
      locale: 'en',
      timeoutMs: 5000,
      nonce: 'abc',
      retryInvalidToken: true,
    })
    await widget.open()
    const config = emu.createWidgetCalls[0]!.config as Record<string, unknown>
    expect(Object.keys(config).sort()).toEqual(['callback', 'locale', 'onEvent', 'onExit'])
  })

  it('opens again after an exit, with the token and config set meanwhile', async () => {
    const { widget } = setup()
    await widget.open()
    await emu.user.abandon()
    const token = emu.createToken()
    widget.setOptions({ token, locale: 'pt' })
    await widget.open()
    expect(widget.getSnapshot().status).toBe('open')
    expect(emu.createWidgetCalls[1]).toMatchObject({ token, config: { locale: 'pt' } })
    expect(sdkTags()).toHaveLength(1)
  })
})

describe('createBelvoWidget: teardown', () => {
  it('fires no callback after close(), and removes overlay and mount point', async () => {
    const { widget, calls } = setup()
    await widget.open()
    const { config } = emu.createWidgetCalls[0] as {
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
    emu.setFaults({ scriptLatencyMs: 30 })
    const { widget, calls } = setup()
    const opened = widget.open()
    widget.destroy()
    await opened
    await new Promise((r) => setTimeout(r, 60))
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(calls).toEqual([])
    expect(overlay()).toBeNull()
    // destroy() is final.
    await widget.open()
    expect(emu.createWidgetCalls).toHaveLength(0)
  })

  it('reuses the token of a cancelled open (mount/unmount/mount) instead of fetching again', async () => {
    const token = vi.fn(async () => ({ access: emu.createToken(), refresh: 'r' }))
    const { widget, calls } = setup({ token })
    void widget.open()
    widget.close()
    await widget.open()
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
    expect(sdkTags()).toHaveLength(1)
    expect(calls).toEqual([['event', 'PAGE_LOAD']])
  })
})

describe('createBelvoWidget: failures', () => {
  it('refetches an expired token from a function before building', async () => {
    const token = vi
      .fn()
      .mockReturnValueOnce(emu.createToken({ expiresInSeconds: -30 }))
      .mockReturnValueOnce(emu.createToken())
    const { widget } = setup({ token })
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    expect(widget.getSnapshot().status).toBe('open')
  })

  it('refuses an expired string token without calling the SDK', async () => {
    const { widget, outcomes } = setup({ token: emu.createToken({ expiresInSeconds: -30 }) })
    await widget.open()
    expect(widget.getSnapshot()).toMatchObject({
      status: 'error',
      error: { code: 'token_expired' },
    })
    expect(outcomes()).toEqual([['error', 'token_expired']])
    expect(emu.createWidgetCalls).toHaveLength(0)
  })

  it('fails on invalid config before any request, naming the key', async () => {
    const token = vi.fn(() => emu.createToken())
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
    expect(emu.createWidgetCalls).toHaveLength(0)
  })

  it('reports a failed script load, leaves no tag or overlay, and recovers on the next open', async () => {
    emu.setFaults({ scriptFault: 'error' })
    const { widget, outcomes } = setup()
    await widget.open()
    expect(outcomes()).toEqual([['error', 'script_load_failed']])
    expect(sdkTags()).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()

    emu.setFaults({ scriptFault: 'none' })
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
    const widget = core.createBelvoWidget({ token: () => emu.createToken() })
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

describe('createBelvoWidget: prefetch', () => {
  const tick = () => new Promise((r) => setTimeout(r, 20))

  it('prefetch then open: one token request, one script request, and the widget opens with them', async () => {
    const token = vi.fn(async () => emu.createToken())
    const { widget, states } = setup({ token })
    widget.prefetch()
    widget.prefetch() // pending: nothing more
    await tick()
    expect(token).toHaveBeenCalledOnce()
    expect(emu.scriptRequests).toBe(1)
    expect(states).toEqual([]) // prefetching shows nothing
    widget.prefetch() // fresh: nothing more
    await widget.open()
    expect(widget.getSnapshot().status).toBe('open')
    expect(token).toHaveBeenCalledOnce()
    expect(emu.scriptRequests).toBe(1)
    expect(sdkTags()).toHaveLength(1)
    expect(emu.createWidgetCalls[0]!.token).toBe(await token.mock.results[0]!.value)
  })

  it('replaces a prefetched token that has expired by the time the user clicks', async () => {
    const expired = emu.createToken({ expiresInSeconds: -30 })
    const fresh = emu.createToken()
    const token = vi.fn().mockResolvedValueOnce(expired).mockResolvedValueOnce(fresh)
    const { widget } = setup({ token })
    widget.prefetch()
    await tick()
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    expect(emu.createWidgetCalls.map((call) => call.token)).toEqual([fresh])
  })

  it('prefetches again once the prefetched token has expired', async () => {
    const token = vi
      .fn()
      .mockResolvedValueOnce(emu.createToken({ expiresInSeconds: -30 }))
      .mockResolvedValueOnce(emu.createToken())
    const { widget } = setup({ token })
    widget.prefetch()
    await tick()
    widget.prefetch()
    await tick()
    expect(token).toHaveBeenCalledTimes(2)
  })

  it('never reuses a token an open handed to Belvo', async () => {
    const token = vi.fn(async () => emu.createToken())
    const { widget } = setup({ token })
    widget.prefetch()
    await widget.open()
    await emu.user.abandon()
    expect(widget.getSnapshot().status).toBe('exit')
    widget.prefetch()
    await widget.open()
    expect(token).toHaveBeenCalledTimes(2)
    const [first, second] = emu.createWidgetCalls.map((call) => call.token)
    expect(first).not.toBe(second)
  })

  it('a failed prefetch is silent; the next open asks again and reports only if that fails', async () => {
    const token = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(emu.createToken())
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
    const token = vi.fn(async () => emu.createToken())
    const { widget } = setup({ token, country_codes: ['mx' as 'MX'] })
    widget.prefetch()
    await tick()
    expect(token).not.toHaveBeenCalled()
    expect(emu.scriptRequests).toBe(0)
  })

  it('does nothing while a widget is open, or when the browser asks to save data', async () => {
    const token = vi.fn(async () => emu.createToken())
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
    emu.setFaults({ scriptLatencyMs: 30 })
    const token = vi.fn(async () => emu.createToken())
    const { widget, calls, states } = setup({ token })
    widget.prefetch()
    widget.destroy()
    await new Promise((r) => setTimeout(r, 60))
    widget.prefetch()
    await widget.open()
    expect(token).toHaveBeenCalledOnce()
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(calls).toEqual([])
    expect(states).toEqual([])
    expect(overlay()).toBeNull()
  })
})

describe('createBelvoWidget: script options', () => {
  it('refuses a timeoutMs that is not a positive number before any request', async () => {
    const token = vi.fn(() => emu.createToken())
    const { widget, calls } = setup({ token, timeoutMs: Number.NaN })
    await widget.open()
    expect(calls).toEqual([['error', 'invalid_config']])
    expect(widget.getSnapshot().error?.message).toMatch(/timeoutMs must be a number/)
    expect(token).not.toHaveBeenCalled()
    expect(emu.scriptRequests).toBe(0)
  })
})

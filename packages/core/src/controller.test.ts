import { describe, expect, it, vi } from 'vitest'
import type { BelvoWidgetOptions } from './options.ts'
import {
  invalidCredentials,
  overlay,
  sdkTags,
  success,
  useControllerFixture,
} from './testing/controller-fixture.ts'

const { core, emu, reinstall, setup } = useControllerFixture()

describe('createBelvoWidget: the happy path', () => {
  it('links an account: loading → open → success, then clears the overlay', async () => {
    const { widget, states, outcomes } = setup({ locale: 'en', country_codes: ['MX'] })
    await widget.open()
    expect(widget.getSnapshot()).toEqual({ status: 'open' })
    expect(overlay()).not.toBeNull()
    expect(emu().createWidgetCalls[0]!.config).toMatchObject({
      locale: 'en',
      country_codes: ['MX'],
    })

    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)

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
    expect(emu().scriptRequests).toBe(1)
    expect(emu().createWidgetCalls).toHaveLength(0)
    release(emu().createToken())
    await opened
    expect(emu().createWidgetCalls).toHaveLength(1)
  })

  it('builds exactly once however often open() is called', async () => {
    const token = vi.fn(() => emu().createToken())
    const { widget } = setup({ token })
    await Promise.all([widget.open(), widget.open(), widget.open()])
    await widget.open()
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu().createWidgetCalls).toHaveLength(1)
    expect(emu().buildCount).toBe(1)
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
    reinstall({ payloadStyle: 'wrapped' })
    const events: unknown[] = []
    const { widget, outcomes } = setup({ onEvent: (event) => events.push(event) })
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(invalidCredentials.username, invalidCredentials.password)
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
    await emu().user.close()
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
    await emu().user.abandon()
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
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledOnce()
  })

  it('setOptions merges, and a key given as undefined is unset', async () => {
    const { widget } = setup({ locale: 'en', company_name: 'ACME' })
    widget.setOptions({ locale: 'pt' })
    await widget.open()
    expect(emu().createWidgetCalls[0]!.config).toMatchObject({ locale: 'pt', company_name: 'ACME' })
    widget.close()
    widget.setOptions({ token: () => emu().createToken(), locale: 'es', company_name: undefined })
    await widget.open()
    expect(emu().createWidgetCalls[1]!.config).toMatchObject({ locale: 'es' })
    expect(emu().createWidgetCalls[1]!.config).not.toHaveProperty('company_name')
  })

  it('mergeOptions lets app defaults show through options left unset', async () => {
    const token = vi.fn(() => emu().createToken())
    const defaults = { token, locale: 'pt', company_name: 'ACME' } as const
    const widget = core().createBelvoWidget(() =>
      core().mergeOptions(defaults, { token: undefined, locale: 'en', company_name: undefined }),
    )
    await widget.open()
    expect(emu().createWidgetCalls[0]!.config).toMatchObject({ locale: 'en', company_name: 'ACME' })
    expect(token).toHaveBeenCalledOnce()
  })

  it.each([
    ['callback', 'onSuccess'],
    ['onSuccess', 'callback'],
  ] as const)(
    'mergeOptions: a default %s gives way to an option %s (one option, two names)',
    async (early, late) => {
      const hidden = vi.fn()
      const linked = vi.fn()
      const widget = core().createBelvoWidget(() =>
        core().mergeOptions(
          { token: () => emu().createToken(), [early]: hidden },
          { [late]: linked },
        ),
      )
      await widget.open()
      await emu().user.chooseInstitution('erebor_mx_retail')
      await emu().user.login(success.username, success.password)
      // Development would refuse both names in one config; merged, the later one is the handler.
      expect(widget.getSnapshot().status).toBe('success')
      expect(linked).toHaveBeenCalledWith(expect.any(String), 'erebor_mx_retail')
      expect(hidden).not.toHaveBeenCalled()
    },
  )

  it('reads a getter of options on each open and on each callback', async () => {
    let options: BelvoWidgetOptions = { token: () => emu().createToken(), locale: 'en' }
    const widget = core().createBelvoWidget(() => options)
    await widget.open()
    expect(emu().createWidgetCalls[0]!.config).toMatchObject({ locale: 'en' })
    // Changed while the widget is open: the callback that fires is the one set now.
    const onSuccess = vi.fn()
    options = { ...options, locale: 'pt', onSuccess }
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(onSuccess).toHaveBeenCalledWith(expect.any(String), 'erebor_mx_retail')
    await widget.open()
    expect(emu().createWidgetCalls[1]!.config).toMatchObject({ locale: 'pt' })
  })

  it("passes Belvo its config keys only: never a script option, core's own option or callback", async () => {
    const { widget } = setup({
      locale: 'en',
      timeoutMs: 5000,
      nonce: 'abc',
      retryInvalidToken: true,
    })
    await widget.open()
    const config = emu().createWidgetCalls[0]!.config as Record<string, unknown>
    expect(Object.keys(config).sort()).toEqual(['callback', 'locale', 'onEvent', 'onExit'])
  })

  it('opens again after an exit, with the token and config set meanwhile', async () => {
    const { widget } = setup()
    await widget.open()
    await emu().user.abandon()
    const token = emu().createToken()
    widget.setOptions({ token, locale: 'pt' })
    await widget.open()
    expect(widget.getSnapshot().status).toBe('open')
    expect(emu().createWidgetCalls[1]).toMatchObject({ token, config: { locale: 'pt' } })
    expect(sdkTags()).toHaveLength(1)
  })
})

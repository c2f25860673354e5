import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { type UseBelvoWidgetOptions, useBelvoWidget } from './index.ts'
import { emu, overlays, setup } from './testing/emulator.ts'

const { success, invalidCredentials } = SANDBOX_CREDENTIALS

// Each test starts with an empty page: unmounting closes whatever a test left open.
enableAutoUnmount(afterEach)

describe('useBelvoWidget', () => {
  it('links an account: onSuccess gets the link, the refs follow, the overlay goes', async () => {
    const { src } = emu
    const onSuccess = vi.fn()
    const widget = setup({ token: emu.createToken(), src, onSuccess })
    expect(widget.status.value).toBe('idle')

    await widget.open()
    expect(widget.status.value).toBe('open')
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)

    expect(onSuccess).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'erebor_mx_retail')
    expect(widget.status.value).toBe('success')
    expect(widget.link.value).toBe(onSuccess.mock.calls[0]![0])
    expect(widget.institution.value).toBe('erebor_mx_retail')
    expect(overlays()).toBe(0)
    await flushPromises()
    expect(widget.text()).toBe('success')
  })

  it('reports an exit with the error the user met', async () => {
    const { src } = emu
    const onExit = vi.fn()
    const widget = setup({ token: emu.createToken(), src, onExit })

    await widget.open()
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(invalidCredentials.username, invalidCredentials.password)
    await emu.user.close()

    const exit = {
      last_encountered_error: { code: 'login_error', message: invalidCredentials.outcome.message },
      meta_data: { institution_name: 'erebor_mx_retail' },
    }
    expect(onExit).toHaveBeenCalledExactlyOnceWith(exit)
    expect(widget.status.value).toBe('exit')
    expect(widget.exit.value).toEqual(exit)
    expect(overlays()).toBe(0)
  })

  it('passes the widget events to onEvent', async () => {
    const { src } = emu
    const onEvent = vi.fn()
    const widget = setup({ token: emu.createToken(), src, onEvent })

    await widget.open()
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(invalidCredentials.username, invalidCredentials.password)

    const events = onEvent.mock.calls.map(([event]) => event)
    expect(events).toContainEqual(
      expect.objectContaining({
        eventName: 'PAGE_LOAD',
        meta_data: expect.objectContaining({ page: '/institutions' }),
      }),
    )
    expect(events).toContainEqual(
      expect.objectContaining({
        eventName: 'ERROR',
        meta_data: expect.objectContaining({ error_code: 'login_error' }),
      }),
    )
  })

  it.each([
    ['the script fails to load', 'script_load_failed', { scriptFault: 'error' as const }, {}],
    [
      'the token function fails',
      'token_failed',
      {},
      { token: () => Promise.reject(new Error('503')) },
    ],
    ['the config is invalid', 'invalid_config', {}, { country_codes: ['mx'] as never }],
  ])('reports an error when %s', async (_, code, faults, options) => {
    const { src } = emu
    emu.setFaults(faults)
    const onError = vi.fn()
    const widget = setup({ token: emu.createToken(), src, onError, ...options })

    await widget.open()

    expect(widget.status.value).toBe('error')
    expect(widget.error.value).toMatchObject({ name: 'BelvoWidgetError', code })
    expect(onError).toHaveBeenCalledExactlyOnceWith(widget.error.value)
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(overlays()).toBe(0)
  })

  it('unmounted mid-load: nothing is built, no callback fires, nothing is left in the page', async () => {
    const { src } = emu
    emu.setFaults({ scriptLatencyMs: 20 })
    const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn(), onError: vi.fn() }
    const widget = setup({ token: emu.createToken(), src, ...callbacks })

    const opening = widget.open()
    expect(widget.status.value).toBe('loading')
    widget.unmount()
    await opening
    await vi.waitFor(() => expect('belvoSDK' in window).toBe(true))
    await flushPromises()

    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(overlays()).toBe(0)
    for (const callback of Object.values(callbacks)) expect(callback).not.toHaveBeenCalled()
    expect(document.querySelectorAll(`script[src="${src}"]`)).toHaveLength(1)
  })

  it('closes the widget when its effect scope stops', async () => {
    const { src } = emu
    const scope = effectScope()
    const widget = scope.run(() => useBelvoWidget({ token: emu.createToken(), src }))!
    await widget.open()
    expect(overlays()).toBe(1)

    scope.stop()

    expect(overlays()).toBe(0)
    expect(widget.status.value).toBe('idle')
  })

  it('opens with the current value of refs and getters: a new token, a new locale', async () => {
    const { src } = emu
    const token = ref(emu.createToken())
    const locale = ref<'en' | 'pt'>('en')
    const widget = setup({
      token,
      src,
      locale,
      country_codes: () => [locale.value === 'pt' ? 'BR' : 'MX'],
    })

    await widget.open()
    widget.close()
    token.value = emu.createToken()
    locale.value = 'pt'
    await widget.open()

    expect(emu.createWidgetCalls.map((call) => call.token)).toEqual([
      emu.createWidgetCalls[0]!.token,
      token.value,
    ])
    expect(emu.createWidgetCalls[0]!.token).not.toBe(token.value)
    expect(emu.createWidgetCalls.map((call) => call.config)).toMatchObject([
      { locale: 'en', country_codes: ['MX'] },
      { locale: 'pt', country_codes: ['BR'] },
    ])
  })

  it('takes the whole options object as a getter', async () => {
    const { src } = emu
    const external = ref('user_1')
    const options = () => ({ token: emu.createToken(), src, external_id: external.value })
    const widget = setup(options)

    external.value = 'user_2'
    await widget.open()

    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ external_id: 'user_2' })
  })

  it('calls the latest callback, even one swapped while the widget is open', async () => {
    const { src } = emu
    const first = vi.fn()
    const latest = vi.fn()
    const onSuccess = ref(first)
    const widget = setup({ token: emu.createToken(), src, onSuccess })

    await widget.open()
    onSuccess.value = latest
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)

    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledOnce()
  })

  it('fills in what is not set from the plugin defaults, and falls back to them when unset', async () => {
    const { src } = emu
    const token = vi.fn(() => emu.createToken())
    const locale = ref<'en' | undefined>('en')
    const options: UseBelvoWidgetOptions = { locale }
    const widget = setup(options, { src, token, locale: 'pt', company_name: 'ACME' })

    await widget.open()
    widget.close()
    locale.value = undefined
    await widget.open()

    expect(token).toHaveBeenCalledTimes(2)
    expect(emu.createWidgetCalls.map((call) => call.config)).toMatchObject([
      { locale: 'en', company_name: 'ACME' },
      { locale: 'pt', company_name: 'ACME' },
    ])
  })
})

import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import {
  BelvoWidget,
  type BelvoWidgetOptions,
  BelvoWidgetPlugin,
  type BelvoWidgetSlotProps,
} from './index.ts'
import { emu, overlays } from './testing/emulator.ts'

const { success, invalidCredentials } = SANDBOX_CREDENTIALS

enableAutoUnmount(afterEach)

describe('<BelvoWidget>', () => {
  it('opens when mounted without a slot and emits success', async () => {
    const { src } = emu
    const wrapper = mount(BelvoWidget, { props: { token: emu.createToken(), src, locale: 'en' } })

    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)

    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ locale: 'en' })
    expect(wrapper.emitted('success')).toEqual([[expect.any(String), 'erebor_mx_retail']])
    expect(overlays()).toBe(0)
  })

  it('emits exit with the reason, and the events on the way', async () => {
    const { src } = emu
    const wrapper = mount(BelvoWidget, { props: { token: emu.createToken(), src } })

    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(invalidCredentials.username, invalidCredentials.password)
    await emu.user.close()

    expect(wrapper.emitted('exit')).toEqual([
      [
        expect.objectContaining({
          last_encountered_error: {
            code: 'login_error',
            message: invalidCredentials.outcome.message,
          },
        }),
      ],
    ])
    expect(wrapper.emitted('event')).toContainEqual([
      expect.objectContaining({
        eventName: 'ERROR',
        meta_data: expect.objectContaining({ error_code: 'login_error' }),
      }),
    ])
  })

  it('retry-invalid-token: a token Belvo refuses is replaced by a fresh one, once', async () => {
    const { src } = emu
    const refused = emu.createToken({ scopes: [] })
    const fresh = emu.createToken()
    const token = vi.fn().mockReturnValueOnce(refused).mockReturnValue(fresh)
    const wrapper = mount(BelvoWidget, { props: { token, src, retryInvalidToken: true } })

    await vi.waitFor(() => expect(emu.createWidgetCalls).toHaveLength(2))
    expect(emu.createWidgetCalls.map((call) => call.token)).toEqual([refused, fresh])
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    expect(wrapper.emitted('success')).toHaveLength(1)
    expect(wrapper.emitted('error')).toBeUndefined()
    expect(overlays()).toBe(0)
  })

  it('emits error with a code when the token is refused', async () => {
    const { src } = emu
    const wrapper = mount(BelvoWidget, {
      props: { token: emu.createToken({ expiresInSeconds: -60 }), src },
    })
    await vi.waitFor(() => expect(wrapper.emitted('error')).toBeDefined())

    expect(wrapper.emitted('error')).toEqual([[expect.objectContaining({ code: 'token_expired' })]])
    expect(emu.createWidgetCalls).toHaveLength(0)
  })

  it("runs the plugin's callbacks besides its own events (Belvo's `callback` name included)", async () => {
    const { src } = emu
    const callback = vi.fn()
    const onExit = vi.fn()
    const onError = vi.fn()
    const plugin: [typeof BelvoWidgetPlugin, BelvoWidgetOptions] = [
      BelvoWidgetPlugin,
      { callback, onExit, onError },
    ]
    const global = { plugins: [plugin] }
    const linked = mount(BelvoWidget, { props: { token: emu.createToken(), src }, global })
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    expect(linked.emitted('success')).toEqual([[expect.any(String), 'erebor_mx_retail']])
    expect(callback).toHaveBeenCalledExactlyOnceWith(
      linked.emitted('success')![0]![0],
      'erebor_mx_retail',
    )
    expect(linked.emitted('error')).toBeUndefined()

    const left = mount(BelvoWidget, { props: { token: emu.createToken(), src }, global })
    await vi.waitFor(() => expect(emu.createWidgetCalls).toHaveLength(2))
    await emu.user.close()
    expect(left.emitted('exit')).toHaveLength(1)
    expect(onExit).toHaveBeenCalledOnce()

    const failed = mount(BelvoWidget, {
      props: { token: emu.createToken({ expiresInSeconds: -60 }), src },
      global,
    })
    await vi.waitFor(() => expect(failed.emitted('error')).toBeDefined())
    expect(onError).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ code: 'token_expired' }),
    )
  })

  it('with a slot, waits for open() and hands the slot the state', async () => {
    const { src } = emu
    const wrapper = mount(BelvoWidget, {
      props: { token: emu.createToken(), src },
      slots: {
        default: ({ open, status, link, institution }: BelvoWidgetSlotProps) =>
          h('button', { onClick: open }, `${status} ${link ?? ''} ${institution ?? ''}`.trim()),
      },
    })
    await flushPromises()
    expect(document.querySelector(`script[src="${src}"]`)).toBeNull()
    expect(wrapper.text()).toBe('idle')

    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toBe('open'))
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    await flushPromises()

    const [link] = wrapper.emitted<[string]>('success')![0]!
    expect(wrapper.text()).toBe(`success ${link} erebor_mx_retail`)
  })

  it("leaves absent booleans to Belvo's defaults and passes the ones set", async () => {
    const { src } = emu
    mount(BelvoWidget, { props: { token: emu.createToken(), src, social_proof: false } })
    await vi.waitFor(() => expect(emu.createWidgetCalls).toHaveLength(1))

    const config = emu.createWidgetCalls[0]!.config
    expect(config).toMatchObject({ social_proof: false })
    expect(config).not.toHaveProperty('show_close_dialog')
    expect(config).not.toHaveProperty('show_abandon_survey')
  })

  it('unmounted mid-load: nothing is built, nothing emitted, nothing left in the page', async () => {
    const { src } = emu
    emu.setFaults({ scriptLatencyMs: 20 })
    const wrapper = mount(BelvoWidget, { props: { token: emu.createToken(), src } })
    expect(document.querySelector(`script[src="${src}"]`)).not.toBeNull()

    wrapper.unmount()
    await vi.waitFor(() => expect('belvoSDK' in window).toBe(true))
    await flushPromises()

    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(wrapper.emitted()).not.toHaveProperty('error')
    expect(overlays()).toBe(0)
  })
})

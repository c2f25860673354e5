import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import {
  BelvoWidgetPlugin,
  type UseBelvoWidgetOptions,
  type UseBelvoWidgetReturn,
  useBelvoWidget,
} from './index.ts'
import { emu, overlays, setup } from './testing/emulator.ts'

const { success } = SANDBOX_CREDENTIALS

enableAutoUnmount(afterEach)

describe('prefetch on intent (triggerProps)', () => {
  const mountTrigger = (options: UseBelvoWidgetOptions) => {
    let widget!: UseBelvoWidgetReturn
    const wrapper = mount(
      defineComponent(() => {
        widget = useBelvoWidget(options)
        return () => h('button', { type: 'button', ...widget.triggerProps }, widget.status.value)
      }),
    )
    return wrapper.get('button')
  }
  const tags = () => document.querySelectorAll(`script[src="${emu.src}"]`).length

  it('off by default: hover, focus and touch request nothing before the click', async () => {
    const token = vi.fn(() => emu.createToken())
    const button = mountTrigger({ token, src: emu.src })
    await button.trigger('pointerenter')
    await button.trigger('focus')
    await button.trigger('touchstart')
    await flushPromises()
    expect(token).not.toHaveBeenCalled()
    expect(tags()).toBe(0)
    await button.trigger('click')
    await vi.waitFor(() => expect(button.text()).toBe('open'))
    expect(token).toHaveBeenCalledOnce()
  })

  it('with prefetchOnIntent, hover, focus and touch fetch the token and the script once; the click opens with them', async () => {
    const token = vi.fn(() => emu.createToken())
    const button = mountTrigger({ token, src: emu.src, prefetchOnIntent: true })
    await button.trigger('pointerenter')
    await button.trigger('focus')
    await button.trigger('touchstart')
    await vi.waitFor(() => expect('belvoSDK' in window).toBe(true))
    expect(tags()).toBe(1)
    expect(token).toHaveBeenCalledOnce()
    expect(button.text()).toBe('idle')
    await button.trigger('click')
    await vi.waitFor(() => expect(button.text()).toBe('open'))
    expect(token).toHaveBeenCalledOnce()
    expect(tags()).toBe(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
  })

  it('prefetchOnIntent may come from the plugin and may be a ref', async () => {
    const token = vi.fn(() => emu.createToken())
    const on = ref(false)
    let widget!: UseBelvoWidgetReturn
    const wrapper = mount(
      defineComponent(() => {
        widget = useBelvoWidget({ prefetchOnIntent: on })
        return () => h('button', { type: 'button', ...widget.triggerProps }, widget.status.value)
      }),
      { global: { plugins: [[BelvoWidgetPlugin, { token, src: emu.src }]] } },
    )
    await wrapper.get('button').trigger('pointerenter')
    expect(token).not.toHaveBeenCalled()
    on.value = true
    await wrapper.get('button').trigger('pointerenter')
    expect(token).toHaveBeenCalledOnce()
  })

  it('unmounted during a prefetch: nothing opens and nothing is left in the page', async () => {
    const { src } = emu
    emu.setFaults({ scriptLatencyMs: 30 })
    const onError = vi.fn()
    const widget = setup({ token: () => emu.createToken(), src, onError })
    widget.prefetch()
    widget.unmount()
    await new Promise((r) => setTimeout(r, 80))
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(overlays()).toBe(0)
    expect(onError).not.toHaveBeenCalled()
  })
})

describe("Belvo's snippet keys and the trigger", () => {
  it("calls Belvo's `callback` key with the link (never as a getter)", async () => {
    const { src } = emu
    const callback = vi.fn()
    const widget = setup({ token: emu.createToken(), src, callback })
    await widget.open()
    expect(callback).not.toHaveBeenCalled()
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    expect(callback).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'erebor_mx_retail')
  })

  // As written in a template, and as a render function given triggerProps itself: Vue then sees
  // the same props object on every render.
  it.each([
    ['v-bind="triggerProps" in a template', `<button v-bind="triggerProps">{{ status }}</button>`],
    ["h('button', triggerProps)", undefined],
  ])('sets aria-busy on the button bound with %s while the widget loads', async (_, template) => {
    const { src } = emu
    let release!: (token: string) => void
    const token = () => new Promise<string>((resolve) => (release = resolve))
    const wrapper = mount(
      template
        ? defineComponent({ template, setup: () => useBelvoWidget({ token, src }) })
        : defineComponent(() => {
            const { triggerProps, status } = useBelvoWidget({ token, src })
            return () => h('button', triggerProps, status.value)
          }),
    )
    const button = wrapper.get('button')
    expect(button.attributes('aria-busy')).toBeUndefined()
    await button.trigger('click')
    await flushPromises()
    expect(button.attributes('aria-busy')).toBe('true')
    release(emu.createToken())
    await vi.waitFor(() => expect(button.text()).toBe('open'))
    expect(button.attributes('aria-busy')).toBeUndefined()
  })
})

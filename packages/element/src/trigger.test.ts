import { describe, expect, it, vi } from 'vitest'
import { emu, render } from './testing/dom.ts'

const trigger = (el: Element) => el.querySelector('button')!
const sdkTag = () => document.querySelector(`script[src="${emu.src}"]`)

// What a browser dispatches when the user points at, focuses or touches the trigger: pointerenter
// and focus do not bubble.
const intent = (target: Element) => {
  target.dispatchEvent(new Event('pointerenter'))
  target.dispatchEvent(new FocusEvent('focus'))
  target.dispatchEvent(new Event('touchstart', { bubbles: true }))
}

describe('the trigger', () => {
  it('opens only from its trigger when it has one', async () => {
    const { src } = emu
    const el = render(
      `<belvo-widget><p>Link your bank</p><button slot="trigger"><span>Add</span></button></belvo-widget>`,
    )
    el.src = src
    el.token = () => emu.createToken()
    el.querySelector('p')!.click()
    expect(el.status).toBe('idle')
    el.querySelector('span')!.click()
    expect(el.status).toBe('loading')
    await vi.waitFor(() => expect(el.status).toBe('open'))
  })

  it('inside a form, opens the widget and submits nothing, rendered with the element or later', async () => {
    const submitted = vi.fn((event: Event) => event.preventDefault())
    const el = render(
      `<form><input name="q"><belvo-widget><button slot="trigger">Add</button></belvo-widget><button>Save</button></form>`,
    )
    el.closest('form')!.addEventListener('submit', submitted)
    el.src = emu.src
    el.token = () => emu.createToken()
    trigger(el).click()
    await vi.waitFor(() => expect(el.status).toBe('open'))
    el.close()

    el.innerHTML = '<button slot="trigger" type="submit">Add</button>'
    trigger(el).click()
    await vi.waitFor(() => expect(el.status).toBe('open'))
    expect(submitted).not.toHaveBeenCalled()
  })

  it('with prefetch-on-intent, asks for the token and the script on intent, and opens with them on the click', async () => {
    const { src } = emu
    const token = vi.fn(() => emu.createToken())
    const el = render(
      `<belvo-widget prefetch-on-intent><p>Link your bank</p><button slot="trigger">Add</button></belvo-widget>`,
    )
    el.src = src
    el.token = token
    expect(el.prefetchOnIntent).toBe(true)
    intent(el.querySelector('p')!)
    expect(token).not.toHaveBeenCalled()
    intent(trigger(el))
    expect(token).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(document.querySelector(`script[src="${src}"]`)).not.toBeNull())
    expect(el.status).toBe('idle')

    trigger(el).click()
    await vi.waitFor(() => expect(el.status).toBe('open'))
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
  })

  it('asks for nothing on intent without prefetch-on-intent (the default)', () => {
    const { src } = emu
    const token = vi.fn(() => emu.createToken())
    const el = render(`<belvo-widget><button>Add</button></belvo-widget>`)
    el.src = src
    el.token = token
    intent(trigger(el))
    expect(token).not.toHaveBeenCalled()
    expect(document.querySelector(`script[src="${src}"]`)).toBeNull()
  })

  it('still prefetches with the deprecated prefetch attribute', async () => {
    const token = vi.fn(() => emu.createToken())
    const el = render(`<belvo-widget prefetch><button slot="trigger">Add</button></belvo-widget>`)
    el.src = emu.src
    el.token = token
    intent(trigger(el))
    expect(token).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(sdkTag()).not.toBeNull())
  })

  it('follows the prefetchOnIntent property, written back to its attribute', () => {
    const token = vi.fn(() => emu.createToken())
    const el = render(`<belvo-widget><button slot="trigger">Add</button></belvo-widget>`)
    el.src = emu.src
    el.token = token
    el.prefetchOnIntent = true
    expect(el.getAttribute('prefetch-on-intent')).toBe('')
    intent(trigger(el))
    expect(token).toHaveBeenCalledTimes(1)
  })
})

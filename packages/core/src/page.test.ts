import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { describe, expect, it, vi } from 'vitest'
import type { BelvoWidgetOptions } from './options.ts'
import { useFreshCore } from './testing/fresh-core.ts'

const { core, emu } = useFreshCore()
const { success } = SANDBOX_CREDENTIALS

const overlays = () => document.querySelectorAll('#belvo [role="dialog"]')

/** A controller with a recorded list of its outcomes. */
const controller = (options: BelvoWidgetOptions = {}) => {
  const outcomes: unknown[][] = []
  const widget = core().createBelvoWidget({
    token: () => emu().createToken(),
    onSuccess: (_link, institution) => outcomes.push(['success', institution]),
    onExit: (data) => outcomes.push(['exit', data]),
    onError: (error) => outcomes.push(['error', error.code]),
    ...options,
  })
  return { widget, outcomes, status: () => widget.getSnapshot().status }
}

describe('two widgets on one page', () => {
  it('a second open takes the page over: the first ends with an exit, and every state stays true', async () => {
    const a = controller()
    const b = controller()
    await a.widget.open()
    expect(a.status()).toBe('open')
    await b.widget.open()
    expect(a.status()).toBe('exit')
    expect(a.outcomes).toEqual([['exit', {}]])
    expect(b.status()).toBe('open')
    // One widget on screen, B's, in the one #belvo.
    expect(document.querySelectorAll('#belvo')).toHaveLength(1)
    expect(overlays()).toHaveLength(1)

    // Closing A now must not touch B's widget.
    a.widget.close()
    expect(overlays()).toHaveLength(1)
    expect(b.status()).toBe('open')

    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(b.outcomes).toEqual([['success', 'erebor_mx_retail']])
    expect(a.outcomes).toEqual([['exit', {}]])
    // The mount A created goes with the last widget.
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('the page keeps a #belvo of its own after both widgets', async () => {
    const own = document.createElement('div')
    own.id = 'belvo'
    document.body.append(own)
    const a = controller()
    const b = controller()
    await a.widget.open()
    await b.widget.open()
    b.widget.close()
    expect(document.getElementById('belvo')).toBe(own)
    expect(own.childNodes).toHaveLength(0)
  })

  it('a widget taken over calls nothing afterwards', async () => {
    const onEvent = vi.fn()
    const a = controller({ onEvent })
    const b = controller()
    await a.widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    const seen = onEvent.mock.calls.length
    await b.widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(onEvent).toHaveBeenCalledTimes(seen)
    expect(a.outcomes).toEqual([['exit', {}]])
  })

  it('two copies of core on one page (an app bundle and the element’s browser build) hand over alike', async () => {
    const a = controller()
    vi.resetModules()
    const other = await import('./index.ts')
    expect(other.createBelvoWidget).not.toBe(core().createBelvoWidget)
    const bOutcomes: unknown[] = []
    const b = other.createBelvoWidget({
      token: () => emu().createToken(),
      onExit: (data) => bOutcomes.push(['exit', data]),
    })
    document.body.style.overflow = 'auto'
    await a.widget.open()
    await b.open()
    expect(a.status()).toBe('exit')
    expect(a.outcomes).toEqual([['exit', {}]])
    expect(b.getSnapshot().status).toBe('open')
    expect(overlays()).toHaveLength(1)
    a.widget.close()
    expect(overlays()).toHaveLength(1)
    await emu().user.close()
    expect(bOutcomes).toHaveLength(1)
    expect(document.getElementById('belvo')).toBeNull()
    expect(document.body.getAttribute('style')).toBe('overflow: auto;')
  })
})

describe('focus and scrolling come back', () => {
  const button = () => {
    const el = document.createElement('button')
    el.textContent = 'Add bank account'
    document.body.append(el)
    el.focus()
    return el
  }

  it('gives focus back to the control that opened the widget, after an exit', async () => {
    const trigger = button()
    const { widget } = controller()
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    expect(document.activeElement).not.toBe(trigger)
    await emu().user.close()
    expect(widget.getSnapshot().status).toBe('exit')
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger))
  })

  it('gives focus back after a link and after close(), but leaves focus the page moved elsewhere', async () => {
    const trigger = button()
    const { widget } = controller()
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger))

    await widget.open()
    const other = document.createElement('input')
    document.body.append(other)
    other.focus()
    widget.close()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(document.activeElement).toBe(other)
  })

  it('focuses a button the app disables while the widget is open, once the app enables it again', async () => {
    const trigger = button()
    const { widget } = controller()
    // What an app does on each state change, as the plain JS sandbox does.
    widget.subscribe(({ status }) => {
      trigger.disabled = status === 'loading' || status === 'open'
    })
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.close()
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger))
  })

  it('gives focus back to a button the app disabled while loading, when the widget could not open', async () => {
    const trigger = button()
    const { widget } = controller({ token: () => Promise.reject(new Error('route down')) })
    widget.subscribe(({ status }) => {
      // What a browser does with focus on a control that becomes disabled: it drops to <body>.
      if (status === 'loading') trigger.blur()
      trigger.disabled = status === 'loading'
    })
    await widget.open()
    expect(widget.getSnapshot().status).toBe('error')
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger))
  })

  it("restores exactly the html and body style the page had, when the widget's DOM is removed mid-flow", async () => {
    document.documentElement.setAttribute('style', 'scroll-behavior: smooth;')
    document.body.setAttribute('style', 'overflow: auto; padding-right: 3px;')
    const { widget } = controller()
    await widget.open()
    // The emulated widget locks scrolling, as full-page overlays do.
    expect(document.body.style.overflow).toBe('hidden')
    widget.close()
    expect(document.documentElement.getAttribute('style')).toBe('scroll-behavior: smooth;')
    expect(document.body.getAttribute('style')).toBe('overflow: auto; padding-right: 3px;')
  })

  it('leaves no style attribute behind on a page that had none', async () => {
    const { widget } = controller()
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(document.body.hasAttribute('style')).toBe(false)
    expect(document.documentElement.hasAttribute('style')).toBe(false)
  })

  it('restores the style from before the first widget when a second took the page over', async () => {
    const a = controller()
    const b = controller()
    await a.widget.open()
    await b.widget.open()
    b.widget.close()
    expect(document.body.hasAttribute('style')).toBe(false)
  })
})

describe('focus given back', () => {
  it('does not count as intent: a trigger that prefetches on focus asks for no token', async () => {
    const trigger = document.createElement('button')
    document.body.append(trigger)
    const token = vi.fn(() => emu().createToken())
    const widget = core().createBelvoWidget({ token })
    trigger.addEventListener('focus', () => widget.prefetch())
    trigger.focus()
    expect(token).toHaveBeenCalledOnce()
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.close()
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger))
    expect(token).toHaveBeenCalledOnce()
    // The user's own focus later still prefetches.
    trigger.blur()
    trigger.focus()
    expect(token).toHaveBeenCalledTimes(2)
  })
})

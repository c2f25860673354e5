import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { describe, expect, it, vi } from 'vitest'
import { BelvoWidgetElement, BelvoWidgetError } from './index.ts'
import { emu, recordEvents, render } from './testing/dom.ts'

const { success, invalidCredentials } = SANDBOX_CREDENTIALS
const overlays = () => document.querySelectorAll('#belvo').length
const trigger = (el: Element) => el.querySelector('button')!

describe('<belvo-widget>', () => {
  it('is registered by the define entry, as the class the main entry exports', () => {
    expect(customElements.get('belvo-widget')).toBe(BelvoWidgetElement)
    expect(document.createElement('belvo-widget')).toBeInstanceOf(BelvoWidgetElement)
  })

  it('is defined once: a second copy of the define entry leaves the first definition', async () => {
    vi.resetModules()
    const second = await import('./define.ts')
    expect(second.BelvoWidgetElement).not.toBe(BelvoWidgetElement)
    expect(customElements.get('belvo-widget')).toBe(BelvoWidgetElement)
  })

  it('retry-invalid-token: a token Belvo refuses is replaced by a fresh one, once', async () => {
    const { src } = emu
    const refused = emu.createToken({ scopes: [] })
    const fresh = emu.createToken()
    const events = recordEvents()
    const el = render(
      `<belvo-widget retry-invalid-token><button slot="trigger">Add</button></belvo-widget>`,
    )
    expect(el.retryInvalidToken).toBe(true)
    el.src = src
    el.token = vi.fn().mockReturnValueOnce(refused).mockReturnValue(fresh)

    trigger(el).click()
    await vi.waitFor(() => expect(emu.createWidgetCalls).toHaveLength(2))
    expect(emu.createWidgetCalls.map((call) => call.token)).toEqual([refused, fresh])
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    await vi.waitFor(() => expect(el.status).toBe('success'))
    expect(events.map((e) => e.type)).not.toContain('belvo-error')
    expect(overlays()).toBe(0)
  })

  it('links an account on a click on its trigger and reports it as a bubbling, composed event', async () => {
    const { src } = emu
    const events = recordEvents()
    const el = render(
      `<belvo-widget locale="en"><button slot="trigger">Add</button></belvo-widget>`,
    )
    el.src = src
    el.token = () => emu.createToken()
    expect(el.getAttribute('status')).toBe('idle')

    trigger(el).click()
    expect(el.getAttribute('status')).toBe('loading')
    await emu.user.chooseInstitution('erebor_mx_retail')
    expect(el.status).toBe('open')
    await emu.user.login(success.username, success.password)

    await vi.waitFor(() => expect(el.status).toBe('success'))
    expect(el.getAttribute('status')).toBe('success')
    expect(events.map((e) => e.type)).toContain('belvo-success')
    const done = events.find((e) => e.type === 'belvo-success')!
    expect(done.detail).toEqual({ link: expect.any(String), institution: 'erebor_mx_retail' })
    expect(done.bubbles && done.composed).toBe(true)
    expect(done.target).toBe(el)
    expect(el.success).toEqual(done.detail)
    expect(el.link).toBe(done.detail.link)
    // Deprecated: the outcome under the config key's name, still there.
    expect(el.state.institution).toBe('erebor_mx_retail')
    expect(el.institution).toBeUndefined()
    expect(overlays()).toBe(0)
  })

  it('passes the kebab-case attributes to Belvo as its startup config, typed by kind', async () => {
    const { src } = emu
    const el = render(
      `<belvo-widget locale="en" country-codes="MX, CO" institution-types="retail" show-abandon-survey
         social-proof="false" company-name="Acme" external-id="user-42" token-url="/unused" auto-open="false">
         <button>Add</button></belvo-widget>`,
    )
    el.src = src
    el.token = emu.createToken()
    await el.open()
    expect(emu.createWidgetCalls.at(-1)?.config).toEqual({
      locale: 'en',
      country_codes: ['MX', 'CO'],
      institution_types: ['retail'],
      show_abandon_survey: true,
      social_proof: false,
      company_name: 'Acme',
      external_id: 'user-42',
      callback: expect.any(Function),
      onExit: expect.any(Function),
      onEvent: expect.any(Function),
    })
  })

  it('has a property per attribute, written back to the attribute', () => {
    const el = document.createElement('belvo-widget')
    el.country_codes = ['MX', 'BR']
    el.show_close_dialog = false
    el.social_proof = true
    el.timeoutMs = 5000
    el.crossOrigin = 'anonymous'
    el.tokenUrl = '/api/widget-token'
    expect(el.getAttribute('country-codes')).toBe('MX,BR')
    expect(el.getAttribute('show-close-dialog')).toBe('false')
    expect(el.getAttribute('social-proof')).toBe('')
    expect(el.getAttribute('timeout-ms')).toBe('5000')
    expect(el.getAttribute('cross-origin')).toBe('anonymous')
    expect(el.getAttribute('token-url')).toBe('/api/widget-token')
    expect([el.country_codes, el.show_close_dialog, el.social_proof, el.timeoutMs]).toEqual([
      ['MX', 'BR'],
      false,
      true,
      5000,
    ])
    el.country_codes = undefined
    expect(el.hasAttribute('country-codes')).toBe(false)
    expect(el.locale).toBeUndefined()
  })

  it('takes the rest of the options as an object, under the attributes', async () => {
    const { src } = emu
    const el = render(`<belvo-widget locale="en"><button>Add</button></belvo-widget>`)
    el.options = { src, token: emu.createToken(), locale: 'pt', institutions: ['erebor_mx_retail'] }
    await el.open()
    expect(emu.createWidgetCalls.at(-1)?.config).toMatchObject({
      locale: 'en',
      institutions: ['erebor_mx_retail'],
    })
  })

  it('opens as soon as it is in the page with auto-open', async () => {
    const { src } = emu
    const el = document.createElement('belvo-widget')
    el.autoOpen = true
    el.src = src
    el.token = emu.createToken()
    document.body.append(el)
    await vi.waitFor(() => expect(emu.buildCount).toBe(1))
    expect(el.getAttribute('auto-open')).toBe('')
  })

  it('closes the widget and reports nothing more once removed from the page', async () => {
    const { src } = emu
    const events = recordEvents()
    const el = render(`<belvo-widget><button>Add</button></belvo-widget>`)
    el.src = src
    el.token = () => emu.createToken()
    trigger(el).click()
    await emu.user.chooseInstitution('erebor_mx_retail')
    expect(overlays()).toBe(1)
    const before = events.length

    el.remove()
    // Before anything else runs: no render, no timer, no event in between.
    await Promise.resolve()
    expect(overlays()).toBe(0)
    expect(el.status).toBe('idle')
    // Whatever the emulated widget still does, nothing reaches the page.
    await emu.user.login(success.username, success.password).catch(() => {})
    expect(events.slice(before)).toEqual([])
  })

  it('reports nothing of a press in the widget in the same task as its removal', async () => {
    const el = render(
      `<belvo-widget show-close-dialog="false" show-abandon-survey="false"><button>Add</button></belvo-widget>`,
    )
    const seen: string[] = []
    for (const type of ['belvo-exit', 'belvo-event'])
      el.addEventListener(type, () => seen.push(type))
    el.src = emu.src
    el.token = () => emu.createToken()
    trigger(el).click()
    await emu.user.chooseInstitution('erebor_mx_retail')
    const close = document.querySelector<HTMLElement>('#belvo [data-bw-action="close"]')!
    seen.length = 0

    el.remove()
    close.click()
    await new Promise((resolve) => setTimeout(resolve))
    expect(seen).toEqual([])
    expect(overlays()).toBe(0)
    expect(el.status).toBe('idle')
  })

  it('keeps the widget open when moved elsewhere in the page, and links the account', async () => {
    const events = recordEvents()
    const token = vi.fn(() => emu.createToken())
    document.body.insertAdjacentHTML('beforeend', '<aside></aside>')
    const el = render(`<belvo-widget><button slot="trigger">Add</button></belvo-widget>`)
    el.src = emu.src
    el.token = token
    trigger(el).click()
    await emu.user.chooseInstitution('erebor_mx_retail')

    document.querySelector('aside')!.append(el)
    // A framework that takes the element out and puts it back in one go (a portal, a reorder).
    el.remove()
    document.body.prepend(el)
    await new Promise((resolve) => setTimeout(resolve))
    expect(el.status).toBe('open')
    expect(overlays()).toBe(1)

    await emu.user.login(success.username, success.password)
    await vi.waitFor(() => expect(el.status).toBe('success'))
    expect(events.map((e) => e.type)).toContain('belvo-success')
    expect(token).toHaveBeenCalledTimes(1)
  })

  it('with auto-open, opens once however often it is moved, and not again after the outcome', async () => {
    const token = vi.fn(() => emu.createToken())
    document.body.insertAdjacentHTML('beforeend', '<aside></aside>')
    const el = document.createElement('belvo-widget')
    el.autoOpen = true
    el.src = emu.src
    el.token = token
    document.body.append(el)
    document.querySelector('aside')!.append(el)
    await vi.waitFor(() => expect(el.status).toBe('open'))
    document.body.append(el)
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    await vi.waitFor(() => expect(el.status).toBe('success'))

    document.querySelector('aside')!.append(el)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(el.status).toBe('success')
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu.buildCount).toBe(1)
  })

  it('reports why the user left as belvo-exit, with the widget events before it', async () => {
    const { src } = emu
    const events = recordEvents()
    const el = render(`<belvo-widget><button>Add</button></belvo-widget>`)
    el.src = src
    el.token = () => emu.createToken()
    trigger(el).click()
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(invalidCredentials.username, invalidCredentials.password)
    await emu.user.close()

    await vi.waitFor(() => expect(el.status).toBe('exit'))
    const exit = events.find((e) => e.type === 'belvo-exit')!
    expect(exit.detail.last_encountered_error).toMatchObject({ code: 'login_error' })
    expect(el.exit).toEqual(exit.detail)
    expect(events.some((e) => e.type === 'belvo-event' && e.detail.eventName === 'ERROR')).toBe(
      true,
    )
  })

  it('reports a config Belvo would reject as belvo-error with the typed error, before any request', async () => {
    const { src } = emu
    const events = recordEvents()
    const token = vi.fn(() => emu.createToken())
    const el = render(`<belvo-widget country-codes="mx"><button>Add</button></belvo-widget>`)
    el.src = src
    el.token = token
    trigger(el).click()

    await vi.waitFor(() => expect(el.status).toBe('error'))
    const [error] = events
    expect(error?.type).toBe('belvo-error')
    expect(error?.detail).toBeInstanceOf(BelvoWidgetError)
    expect(error?.detail).toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('country_codes must be among MX,CO,BR'),
    })
    expect(el.error).toBe(error?.detail)
    expect(token).not.toHaveBeenCalled()
    expect(document.querySelector(`script[src="${src}"]`)).toBeNull()
  })

  it('takes properties set before it was defined', async () => {
    const { src } = emu
    const el = document.createElement('belvo-widget-late') as BelvoWidgetElement
    el.country_codes = ['CO']
    el.token = () => emu.createToken()
    el.options = { src }
    document.body.append(el)
    customElements.define('belvo-widget-late', class extends BelvoWidgetElement {})
    expect(el.getAttribute('country-codes')).toBe('CO')
    expect(el.country_codes).toEqual(['CO'])
    await el.open()
    expect(el.status).toBe('open')
  })

  it('has accessors for every property, so that frameworks set properties, not attributes', () => {
    const accessors = Object.entries(Object.getOwnPropertyDescriptors(BelvoWidgetElement.prototype))
      .filter(([, descriptor]) => descriptor.set)
      .map(([key]) => key)
    expect(accessors).toEqual(
      expect.arrayContaining(['token', 'options', 'country_codes', 'tokenUrl', 'autoOpen', 'src']),
    )
  })
})

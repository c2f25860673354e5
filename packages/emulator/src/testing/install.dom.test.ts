// installBelvoEmulator: the script tag, installing again, and build(). Runs under jsdom and happy-dom (vitest.config.ts).
import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { addScript, dialog, open, resetPageAroundEach, type Sdk, sdk } from './dom.fixture.ts'

let emulator: InstalledEmulator
resetPageAroundEach(() => emulator)

describe('the script tag', () => {
  it('defines belvoSDK only when the SDK script is added, then fires load', async () => {
    emulator = installBelvoEmulator()
    expect(sdk()).toBeUndefined()
    const { outcome } = addScript()
    expect(await outcome).toBe('load')
    expect(typeof sdk()?.createWidget).toBe('function')
    expect(emulator.scriptRequests).toBe(1)
  })

  it('serves the script from any host or query string, and ignores other scripts', async () => {
    emulator = installBelvoEmulator()
    addScript('/vendor/other.js')
    const { outcome } = addScript('http://127.0.0.1:5100/belvo-widget-1-stable.js?v=2')
    expect(await outcome).toBe('load')
    expect(emulator.scriptRequests).toBe(1)
  })

  it('serves the sandbox build’s name too, and only Belvo’s names', async () => {
    emulator = installBelvoEmulator()
    addScript('https://cdn.belvo.io/belvo-web-widget.js')
    addScript('https://cdn.belvo.io/my-belvo-widget-1-stable.js')
    const { outcome } = addScript('https://cdn.belvo.io/belvo-widget-sandbox-1-stable.js')
    expect(await outcome).toBe('load')
    expect(typeof sdk()?.createWidget).toBe('function')
    expect(emulator.scriptRequests).toBe(1)
  })

  it('scriptLatencyMs delays the load; nothing is defined before it', async () => {
    emulator = installBelvoEmulator({ scriptLatencyMs: 30 })
    const { outcome } = addScript()
    await Promise.resolve()
    expect(sdk()).toBeUndefined()
    expect(await outcome).toBe('load')
    expect(sdk()).toBeDefined()
  })

  it('preinstalled defines belvoSDK at once', () => {
    emulator = installBelvoEmulator({ preinstalled: true })
    expect(typeof sdk()?.createWidget).toBe('function')
  })

  it("scriptFault 'error' fires error on the tag and defines nothing", async () => {
    emulator = installBelvoEmulator({ scriptFault: 'error' })
    const { outcome } = addScript()
    expect(await outcome).toBe('error')
    expect(sdk()).toBeUndefined()
  })

  it("scriptFault 'hang' never settles the tag; setFaults switches back for the next tag", async () => {
    emulator = installBelvoEmulator({ scriptFault: 'hang' })
    const first = addScript()
    const settled = await Promise.race([
      first.outcome,
      new Promise((resolve) => setTimeout(() => resolve('pending'), 30)),
    ])
    expect(settled).toBe('pending')
    emulator.setFaults({ scriptFault: 'none' })
    expect(await addScript().outcome).toBe('load')
    expect(emulator.scriptRequests).toBe(2)
  })

  it('rejects unknown faults with a clear error', () => {
    emulator = installBelvoEmulator()
    expect(() => emulator.setFaults({ scriptFault: 'boom' as 'error' })).toThrow(/scriptFault/)
  })

  it('uninstall removes belvoSDK and everything it rendered', async () => {
    emulator = installBelvoEmulator({ preinstalled: true })
    open(emulator)
    await emulator.user.chooseInstitution('erebor_mx_retail')
    expect(document.querySelector('#belvo')!.children.length).toBe(1)
    emulator.uninstall()
    expect(sdk()).toBeUndefined()
    expect(document.querySelector('#belvo')!.children.length).toBe(0)
  })
})

it('installing again replaces the previous install: one load per tag, old widgets silenced', async () => {
  const first = installBelvoEmulator({ preinstalled: true })
  const w = open(first)
  emulator = installBelvoEmulator()
  expect(document.querySelector('#belvo')!.children.length).toBe(0)
  const loads: string[] = []
  const { tag, outcome } = addScript()
  tag.addEventListener('load', () => loads.push('load'))
  await outcome
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(loads).toEqual(['load'])
  expect(w.onEvent).not.toHaveBeenCalled()
})

describe('build()', () => {
  beforeEach(() => {
    emulator = installBelvoEmulator({ preinstalled: true })
  })

  it('refuses to start without #belvo, saying why', () => {
    document.body.innerHTML = ''
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      sdk()!
        .createWidget(emulator.createToken(), { callback() {} })
        .build(),
    ).toThrow(/id "belvo".*will not start/)
  })

  it('refuses to start without a callback, saying why', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => sdk()!.createWidget(emulator.createToken(), {}).build()).toThrow(
      /callback is required.*will not start/,
    )
  })

  // Shapes public apps use that Belvo's SDK does not take: each says what to call instead.
  it('refuses the config as createWidget’s only argument, naming the right call', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const call = () =>
      (sdk()!.createWidget as unknown as (config: object) => { build(): void })({
        callback() {},
      }).build()
    expect(call).toThrow(
      'belvoSDK: createWidget takes (accessToken, config), not the config alone, so the widget will not start. ' +
        'Call createWidget(accessToken, { callback: (link, institution) => { … } }).build().',
    )
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^belvoSDK: createWidget takes /))
    expect(document.querySelector('#belvo')!.children).toHaveLength(0)
  })

  it('refuses the token response where the access token goes, naming the right call', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const response = { access: emulator.createToken(), refresh: 'refresh' }
    const create = sdk()!.createWidget as unknown as (t: object, c: object) => { build(): void }
    expect(() => create(response, { callback() {} }).build()).toThrow(
      /^belvoSDK: createWidget takes \(accessToken, config\), and the access token is the `access` string of the token response, so the widget will not start\./,
    )
  })

  it('refuses callbacks passed to build(), naming the right call', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const widget = sdk()!.createWidget(emulator.createToken(), { locale: 'en' })
    expect(() => (widget.build as (callbacks: object) => void)({ callback() {} })).toThrow(
      'belvoSDK: config.callback is required and build() takes no arguments, so the widget will not start. ' +
        'Call createWidget(accessToken, { callback, onExit, onEvent }).build().',
    )
    expect(document.querySelector('#belvo')!.children).toHaveLength(0)
  })

  it('answers window.belvo with the name of the real global, and leaves a page’s own alone', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrong = (window as unknown as { belvo: Sdk }).belvo
    expect(() => wrong.createWidget(emulator.createToken(), { callback() {} })).toThrow(
      'belvoSDK: Belvo’s SDK is window.belvoSDK, not window.belvo, so the widget will not start. ' +
        'Call window.belvoSDK.createWidget(accessToken, config).build().',
    )
    expect(logged).toHaveBeenCalledOnce()
    emulator.uninstall()
    expect('belvo' in window).toBe(false)

    const own = { mine: true }
    ;(window as unknown as { belvo: unknown }).belvo = own
    emulator = installBelvoEmulator({ preinstalled: true })
    expect((window as unknown as { belvo: unknown }).belvo).toBe(own)
    emulator.uninstall()
    expect((window as unknown as { belvo: unknown }).belvo).toBe(own)
    delete (window as unknown as { belvo?: unknown }).belvo
  })

  it('records createWidget calls and builds', () => {
    const token = emulator.createToken()
    open(emulator, { locale: 'en' }, token)
    expect(emulator.buildCount).toBe(1)
    expect(emulator.createWidgetCalls[0]?.token).toBe(token)
    expect(emulator.createWidgetCalls[0]?.config).toMatchObject({ locale: 'en' })
  })

  it('renders an accessible modal dialog over the page', async () => {
    open(emulator, { locale: 'en', company_name: 'ACME Corp' })
    await emulator.user.chooseInstitution('erebor_mx_retail')
    const d = dialog()
    expect(d.getAttribute('aria-modal')).toBe('true')
    const title = document.getElementById(d.getAttribute('aria-labelledby')!)
    expect(title?.textContent).toBe('Log in to Erebor México')
    const username = d.querySelector('input[name="username"]')!
    expect(d.querySelector(`label[for="${username.id}"]`)?.textContent).toBe('Username')
    expect(d.querySelector('button[aria-label="Close"]')).not.toBeNull()
    expect(d.textContent).toContain('ACME Corp')
  })

  it.each([
    ['es', 'Cerrar', 'Vincula tu cuenta'],
    ['en', 'Close', 'Connect your account'],
    ['pt', 'Fechar', 'Conecte sua conta'],
  ])('speaks %s', async (locale, close, title) => {
    open(emulator, { locale })
    await vi.waitFor(() => expect(dialog().querySelector('h2')?.textContent).toBe(title))
    expect(dialog().querySelector(`button[aria-label="${close}"]`)).not.toBeNull()
  })

  it('shows the token branding', async () => {
    open(emulator, {}, emulator.createToken({ branding: { company_name: 'Branded Co' } }))
    await vi.waitFor(() =>
      expect(dialog().querySelector('h2')?.textContent).toContain('Branded Co'),
    )
  })
})

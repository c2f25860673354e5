// The testing entry's behaviour, run under jsdom and under happy-dom (see the two *.test.ts
// files): both are DOMs Belvo customers use for unit tests.

import {
  BELVO_MESSAGES,
  EmulatorTestingError,
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  SANDBOX_MFA_TOKEN,
  type SandboxCredentialName,
} from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Sdk = { createWidget(token: string, config: object): { build(): void } }
const sdk = () => (window as unknown as { belvoSDK?: Sdk }).belvoSDK

function addScript(src = 'https://cdn.belvo.io/belvo-widget-1-stable.js') {
  const tag = document.createElement('script')
  tag.src = src
  const outcome = new Promise<'load' | 'error'>((resolve) => {
    tag.addEventListener('load', () => resolve('load'))
    tag.addEventListener('error', () => resolve('error'))
  })
  document.head.append(tag)
  return { tag, outcome }
}

/** Builds a widget the way an integration does, recording what it reports. */
function open(emulator: InstalledEmulator, config: Record<string, unknown> = {}, token?: string) {
  const callback = vi.fn()
  const onExit = vi.fn()
  const onEvent = vi.fn()
  sdk()!
    .createWidget(token ?? emulator.createToken(), { callback, onExit, onEvent, ...config })
    .build()
  const pages = () =>
    onEvent.mock.calls
      .map(([e]) => e)
      .filter((e) => e.eventName === 'PAGE_LOAD')
      .map((e) => e.meta_data.page)
  const events = (name: string) =>
    onEvent.mock.calls.map(([e]) => e).filter((e) => e.eventName === name)
  return { callback, onExit, onEvent, pages, events }
}

const dialog = () => document.querySelector<HTMLElement>('#belvo [role="dialog"]')!

export function testingEntrySuite(dom: string) {
  describe(`installBelvoEmulator under ${dom}`, () => {
    let emulator: InstalledEmulator

    beforeEach(() => {
      document.body.innerHTML = '<div id="belvo"></div>'
    })
    afterEach(() => {
      emulator?.uninstall()
      for (const s of document.querySelectorAll('script')) s.remove()
    })

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

    describe('outcomes', () => {
      beforeEach(() => {
        emulator = installBelvoEmulator({ preinstalled: true })
      })

      it('success: callback(link, institution), PAGE_LOAD per screen, DOM left in place', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution('erebor_mx_retail')
        const { username, password } = SANDBOX_CREDENTIALS.success
        await emulator.user.login(username, password)
        expect(w.callback).toHaveBeenCalledTimes(1)
        const [link, institution] = w.callback.mock.calls[0]!
        expect(link).toMatch(/^[0-9a-f-]{36}$/)
        expect(institution).toBe('erebor_mx_retail')
        expect(w.pages()).toEqual(['/welcome', '/institutions', '/credentials', '/success'])
        const loads = w.events('PAGE_LOAD').map((e) => e.meta_data)
        expect(loads[1]).toEqual({ page: '/institutions', from: '/welcome' })
        expect(loads[2]).toEqual({
          page: '/credentials',
          from: '/institutions',
          institution_name: 'erebor_mx_retail',
        })
        expect(w.onExit).not.toHaveBeenCalled()
        await emulator.user.close()
        expect(w.onExit).not.toHaveBeenCalled()
        expect(document.querySelector('#belvo')!.children.length).toBe(1)
      })

      it('a token stops working once a link is created with it', async () => {
        const token = emulator.createToken()
        open(emulator, {}, token)
        await emulator.user.chooseInstitution('erebor_mx_retail')
        await emulator.user.login(
          SANDBOX_CREDENTIALS.success.username,
          SANDBOX_CREDENTIALS.success.password,
        )
        const again = open(emulator, {}, token)
        await vi.waitFor(() => expect(again.events('ERROR')).toHaveLength(1))
        expect(again.events('ERROR')[0].meta_data.error_code).toBe('ACCESS_TOKEN_NOT_VALID')
      })

      it('MFA: asks for the token, then links', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution('gotham_mx_business')
        await emulator.user.login(
          SANDBOX_CREDENTIALS.mfa.username,
          SANDBOX_CREDENTIALS.mfa.password,
        )
        expect(w.pages().at(-1)).toBe('/mfa')
        await emulator.user.submitMfa('000000')
        expect(w.events('ERROR')[0].meta_data.error_code).toBe('login_error')
        await emulator.user.submitMfa(SANDBOX_MFA_TOKEN)
        expect(w.callback).toHaveBeenCalledWith(expect.any(String), 'gotham_mx_business')
      })

      const failures = Object.entries(SANDBOX_CREDENTIALS).filter(
        ([, c]) => c.outcome.kind === 'error',
      ) as Array<[SandboxCredentialName, (typeof SANDBOX_CREDENTIALS)['invalidCredentials']]>

      it.each(failures)(
        '%s: ERROR event with request_id, then exit carries the error',
        async (_, cred) => {
          const w = open(emulator)
          await emulator.user.chooseInstitution('erebor_co_retail')
          await emulator.user.login(cred.username, cred.password)
          const [error] = w.events('ERROR')
          expect(error.request_id).toMatch(/^[0-9a-f]{32}$/)
          expect(error.meta_data).toMatchObject({
            error_code: cred.outcome.code,
            error_message: cred.outcome.message,
            institution_name: 'erebor_co_retail',
          })
          expect(Date.parse(error.meta_data.timestamp)).not.toBeNaN()
          expect(dialog().querySelector('[role="alert"]')?.textContent).toBe(cred.outcome.message)
          await emulator.user.close()
          expect(w.onExit).toHaveBeenCalledWith({
            last_encountered_error: { code: cred.outcome.code, message: cred.outcome.message },
            meta_data: { institution_name: 'erebor_co_retail' },
          })
          expect(w.callback).not.toHaveBeenCalled()
        },
      )

      it('the success screen shows before the callback runs, then Done hides it', async () => {
        const seen: Array<string | null | undefined> = []
        open(emulator, {
          locale: 'en',
          callback: () => seen.push(dialog().querySelector('h2')?.textContent),
        })
        await emulator.user.logInToInstitution(SANDBOX_CREDENTIALS.success)
        expect(seen).toEqual(['Account connected!'])
        await emulator.user.close()
        expect(document.querySelector<HTMLElement>('[data-belvo-emulator-widget]')!.hidden).toBe(
          true,
        )
      })

      it('successDelayMs holds the callback while the success screen shows; Done calls back at once', async () => {
        emulator = installBelvoEmulator({ preinstalled: true, successDelayMs: 60_000 })
        const w = open(emulator)
        await emulator.user.chooseInstitution('erebor_mx_retail')
        const { username, password } = SANDBOX_CREDENTIALS.success
        const login = emulator.user.login(username, password)
        await vi.waitFor(() => expect(w.pages().at(-1)).toBe('/success'))
        expect(w.callback).not.toHaveBeenCalled()
        dialog().querySelector<HTMLElement>('[data-bw-action="done"]')!.click()
        await login
        expect(w.callback).toHaveBeenCalledTimes(1)
        expect(w.callback).toHaveBeenCalledWith(expect.any(String), 'erebor_mx_retail')
      })

      it('a wrong MFA code says the code was wrong (not the password)', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution('erebor_mx_retail')
        await emulator.user.login(
          SANDBOX_CREDENTIALS.mfa.username,
          SANDBOX_CREDENTIALS.mfa.password,
        )
        await emulator.user.submitMfa('000000')
        const [error] = w.events('ERROR')
        expect(error.meta_data.error_code).toBe('login_error')
        expect(error.meta_data.error_message).toBe(BELVO_MESSAGES.login_error.invalid_mfa_token)
        expect(dialog().querySelector('[role="alert"]')?.textContent).toBe(
          BELVO_MESSAGES.login_error.invalid_mfa_token,
        )
      })

      it('user.logInToInstitution walks every credentials row to its outcome', async () => {
        const w = open(emulator)
        await emulator.user.logInToInstitution(SANDBOX_CREDENTIALS.mfa, {
          institution: 'erebor_br_retail',
        })
        expect(w.callback).toHaveBeenCalledWith(expect.any(String), 'erebor_br_retail')
        expect(w.pages()).toEqual(['/welcome', '/institutions', '/credentials', '/mfa', '/success'])
      })

      it('a token made without scopes: the widget does not start (ACCESS_TOKEN_NOT_VALID)', async () => {
        const w = open(emulator, {}, emulator.createToken({ scopes: [] }))
        await vi.waitFor(() => expect(w.events('ERROR')).toHaveLength(1))
        expect(w.events('ERROR')[0].meta_data.error_code).toBe('ACCESS_TOKEN_NOT_VALID')
        expect(w.pages()).toEqual(['/error'])
        const ok = open(
          emulator,
          {},
          emulator.createToken({ scopes: 'read_institutions,write_links' }),
        )
        await vi.waitFor(() => expect(ok.pages()).toEqual(['/welcome']))
      })

      it('an OFDA token (consent_link_creation) opens on the consent step, then the list', async () => {
        const token = emulator.createToken({
          widget: {
            openfinance_feature: 'consent_link_creation',
            consent: {
              terms_and_conditions_url: 'https://www.belvo.com',
              permissions: ['REGISTER', 'ACCOUNTS'],
              identification_info: [{ type: 'CPF', number: '76109277673', name: 'Ralph Bragg' }],
            },
          },
        })
        const w = open(emulator, { locale: 'pt', country_codes: ['BR'] }, token)
        await vi.waitFor(() => expect(w.pages()).toEqual(['/consent']))
        const text = dialog().textContent ?? ''
        expect(text).toContain('Soluções financeiras personalizadas')
        expect(text).toContain('Ralph Bragg')
        expect(text).toContain('Dados cadastrais')
        expect(text).not.toContain('76109277673')
        expect(dialog().querySelector('a')?.getAttribute('href')).toBe('https://www.belvo.com')
        await emulator.user.logInToInstitution(SANDBOX_CREDENTIALS.success, {
          institution: 'erebor_br_retail',
        })
        expect(w.events('PAGE_LOAD')[1].meta_data).toEqual({
          page: '/institutions',
          from: '/consent',
        })
        expect(w.callback).toHaveBeenCalledWith(expect.any(String), 'erebor_br_retail')
      })

      it('leaving on the consent step is leaving from the first screen', async () => {
        const token = emulator.createToken({
          widget: { openfinance_feature: 'consent_link_creation' },
        })
        const w = open(emulator, { locale: 'pt' }, token)
        await vi.waitFor(() => expect(w.pages()).toEqual(['/consent']))
        await emulator.user.abandon()
        expect(w.onExit).toHaveBeenCalledWith({ meta_data: { step: 'abandon-survey' } })
      })

      it('after a failed login, choosing another institution goes back to the list', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution('erebor_mx_retail')
        await emulator.user.login('bnk100', 'wrong')
        await emulator.user.chooseInstitution('erebor_co_retail')
        await emulator.user.login(
          SANDBOX_CREDENTIALS.success.username,
          SANDBOX_CREDENTIALS.success.password,
        )
        expect(w.callback).toHaveBeenCalledWith(expect.any(String), 'erebor_co_retail')
        expect(w.pages()).toEqual([
          '/welcome',
          '/institutions',
          '/credentials',
          '/institutions',
          '/credentials',
          '/success',
        ])
      })

      it('a down institution answers institution_down to any credentials', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution(SANDBOX_INSTITUTIONS.mordor_mx_retail.code)
        await emulator.user.login(
          SANDBOX_CREDENTIALS.success.username,
          SANDBOX_CREDENTIALS.success.password,
        )
        expect(w.events('ERROR')[0].meta_data.error_code).toBe('institution_down')
      })

      it('a disabled institution raises the institution_disabled WARNING and stays on the list', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution('moria_co_retail')
        expect(w.events('WARNING')).toEqual([
          {
            eventName: 'WARNING',
            request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
            meta_data: {
              warning_code: 'institution_disabled',
              warning_message: BELVO_MESSAGES.institution_disabled,
              institution_name: 'moria_co_retail',
              timestamp: expect.any(String),
            },
          },
        ])
        expect(w.pages().at(-1)).toBe('/institutions')
      })

      it('leaving from the first screen goes through the survey: step abandon-survey', async () => {
        const w = open(emulator)
        await emulator.user.abandon()
        expect(w.pages()).toEqual(['/welcome', '/abandon-survey'])
        expect(w.onExit).toHaveBeenCalledWith({ meta_data: { step: 'abandon-survey' } })
        expect(dialog().closest('.bw-root')!.hasAttribute('hidden')).toBe(true)
      })

      it('show_close_dialog and show_abandon_survey false: one press exits', async () => {
        const w = open(emulator, { show_close_dialog: false, show_abandon_survey: false })
        await emulator.user.close()
        expect(w.pages()).toEqual(['/welcome'])
        expect(w.onExit).toHaveBeenCalledWith({ meta_data: { step: 'abandon-survey' } })
      })

      it('leaving after choosing an institution reports it, without a step', async () => {
        const w = open(emulator)
        await emulator.user.chooseInstitution('erebor_br_retail')
        await emulator.user.close()
        expect(w.onExit).toHaveBeenCalledWith({
          meta_data: { institution_name: 'erebor_br_retail' },
        })
      })

      it('an expired token gives ACCESS_TOKEN_NOT_VALID and an error screen', async () => {
        const w = open(emulator, {}, emulator.createToken({ expiresInSeconds: -1 }))
        await vi.waitFor(() => expect(w.events('ERROR')).toHaveLength(1))
        expect(w.events('ERROR')[0].meta_data).toMatchObject({
          error_code: 'ACCESS_TOKEN_NOT_VALID',
          error_message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
        })
        expect(w.pages()).toEqual(['/error'])
        await emulator.user.close()
        expect(w.onExit).toHaveBeenCalledWith({
          last_encountered_error: {
            code: 'ACCESS_TOKEN_NOT_VALID',
            message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
          },
          meta_data: {},
        })
      })

      it("payloadStyle 'wrapped' wraps onExit and onEvent payloads in { data: [...] }", async () => {
        emulator.uninstall()
        emulator = installBelvoEmulator({ preinstalled: true, payloadStyle: 'wrapped' })
        const w = open(emulator, { show_close_dialog: false, show_abandon_survey: false })
        await emulator.user.close()
        expect(w.onEvent.mock.calls[0]![0]).toEqual({
          data: [{ eventName: 'PAGE_LOAD', meta_data: { page: '/welcome' } }],
        })
        expect(w.onExit).toHaveBeenCalledWith({ data: [{ meta_data: { step: 'abandon-survey' } }] })
      })
    })

    describe('startup configuration', () => {
      beforeEach(() => {
        emulator = installBelvoEmulator({ preinstalled: true })
      })
      const listed = () =>
        Array.from(dialog().querySelectorAll('[data-bw-institution]'), (b) =>
          b.getAttribute('data-bw-institution'),
        )

      it('filters by country_codes, institution_types and resources', async () => {
        open(emulator, { country_codes: ['MX'], institution_types: ['retail', 'business'] })
        await vi.waitFor(() =>
          expect(dialog().querySelector('[data-bw-action="continue"]')).not.toBeNull(),
        )
        ;(dialog().querySelector('[data-bw-action="continue"]') as HTMLElement).click()
        expect(listed()).toEqual(['erebor_mx_retail', 'gotham_mx_business', 'mordor_mx_retail'])
        document.body.innerHTML = '<div id="belvo"></div>'
        open(emulator, { resources: ['BILLS'] })
        await vi.waitFor(() =>
          expect(dialog().querySelector('[data-bw-action="continue"]')).not.toBeNull(),
        )
        ;(dialog().querySelector('[data-bw-action="continue"]') as HTMLElement).click()
        expect(listed()).toEqual(['erebor_br_retail', 'gotham_br_business'])
      })

      it('one institution in `institutions` (or legacy `institution`) opens its login directly', async () => {
        const w = open(emulator, { institutions: ['erebor_br_retail'] })
        await emulator.user.login(
          SANDBOX_CREDENTIALS.success.username,
          SANDBOX_CREDENTIALS.success.password,
        )
        expect(w.pages()).toEqual(['/credentials', '/success'])
        document.body.innerHTML = '<div id="belvo"></div>'
        const legacy = open(emulator, { institution: 'sat_mx_fiscal' })
        await emulator.user.abandon()
        expect(legacy.onExit).toHaveBeenCalledWith({
          meta_data: { institution_name: 'sat_mx_fiscal', step: 'abandon-survey' },
        })
      })

      it('a driver asked for an institution that is not offered says what is', async () => {
        open(emulator, { country_codes: ['BR'] })
        await expect(emulator.user.chooseInstitution('erebor_mx_retail')).rejects.toThrow(
          /offers: erebor_br_retail, gotham_br_business/,
        )
      })
    })

    it('user.* without a built widget fails with NO_WIDGET', async () => {
      emulator = installBelvoEmulator({ preinstalled: true, timeoutMs: 20 })
      await expect(emulator.user.close()).rejects.toBeInstanceOf(EmulatorTestingError)
    })
  })
}

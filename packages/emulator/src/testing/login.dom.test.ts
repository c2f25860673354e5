// installBelvoEmulator: logging in to every outcome, and the startup configuration. Runs under jsdom and happy-dom (vitest.config.ts).
import {
  BELVO_MESSAGES,
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  type SandboxCredentialName,
} from '@belvo-widget/emulator/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { dialog, open, resetPageAroundEach } from './dom.fixture.ts'

let emulator: InstalledEmulator
resetPageAroundEach(() => emulator)

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
    await emulator.user.login(SANDBOX_CREDENTIALS.mfa.username, SANDBOX_CREDENTIALS.mfa.password)
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
    expect(document.querySelector<HTMLElement>('[data-belvo-emulator-widget]')!.hidden).toBe(true)
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
    await emulator.user.login(SANDBOX_CREDENTIALS.mfa.username, SANDBOX_CREDENTIALS.mfa.password)
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
    const ok = open(emulator, {}, emulator.createToken({ scopes: 'read_institutions,write_links' }))
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

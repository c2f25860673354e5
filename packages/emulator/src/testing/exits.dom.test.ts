// installBelvoEmulator: leaving the widget, failed logins, expired tokens, payload styles. Runs under jsdom and happy-dom (vitest.config.ts).
import {
  BELVO_MESSAGES,
  EmulatorTestingError,
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
} from '@belvo-widget/emulator/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { dialog, open, resetPageAroundEach } from './dom.fixture.ts'

let emulator: InstalledEmulator
resetPageAroundEach(() => emulator)

describe('exits and failures', () => {
  beforeEach(() => {
    emulator = installBelvoEmulator({ preinstalled: true })
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

it('user.* without a built widget fails with NO_WIDGET', async () => {
  emulator = installBelvoEmulator({ preinstalled: true, timeoutMs: 20 })
  await expect(emulator.user.close()).rejects.toBeInstanceOf(EmulatorTestingError)
})

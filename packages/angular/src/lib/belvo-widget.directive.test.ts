import { TestBed } from '@angular/core/testing'
import { BELVO_MESSAGES, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { describe, expect, it, vi } from 'vitest'
import {
  linkAccount,
  render,
  statusIs,
  t,
  useEmulatorPerTest,
  widgetOnScreen,
} from '../testing/directive-host'
import { deferred, flush } from '../testing/helpers'
import { provideBelvoWidget } from './defaults'

useEmulatorPerTest()

describe('[belvoWidget]', () => {
  it('opens the widget when its host is clicked, once however often it is clicked', async () => {
    const token = deferred<string>()
    await render(() => token.promise)
    t.button.click()
    t.button.click()
    await t.fixture.whenStable()
    expect(t.button.textContent).toBe('loading')
    expect(t.button.getAttribute('aria-busy')).toBe('true')

    token.resolve(t.emulator.createToken())
    await statusIs('open')
    expect(t.button.hasAttribute('aria-busy')).toBe(false)
    expect(t.emulator.buildCount).toBe(1)
    expect(t.emulator.scriptRequests).toBe(1)
    expect(t.emulator.createWidgetCalls[0]?.config).toMatchObject({ locale: 'en' })
    expect(widgetOnScreen()).not.toBeNull()
  })

  it('[config]="{ retryInvalidToken: true }": a token Belvo refuses is replaced by a fresh one, once', async () => {
    const refused = t.emulator.createToken({ scopes: [] })
    const fresh = t.emulator.createToken()
    await render(vi.fn().mockReturnValueOnce(refused).mockReturnValue(fresh))
    t.host.config.update((config) => ({ ...config, retryInvalidToken: true }))
    await t.fixture.whenStable()
    t.button.click()
    await vi.waitFor(() => expect(t.emulator.createWidgetCalls).toHaveLength(2))
    expect(t.emulator.createWidgetCalls.map((call) => call.token)).toEqual([refused, fresh])
    await linkAccount()
    expect(t.host.errors).toEqual([])
  })

  it('emits belvoSuccess with the link and institution, then removes the widget', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await linkAccount()

    expect(t.host.successes).toEqual([
      { link: expect.any(String), institution: 'erebor_mx_retail' },
    ])
    expect(t.fixture.nativeElement.querySelector('output').textContent).toContain(
      `${t.host.successes[0]?.link} erebor_mx_retail`,
    )
    expect(t.host.exits).toEqual([])
    expect(document.getElementById('belvo')).toBeNull()
  })

  it("runs provideBelvoWidget()'s callbacks besides its outputs (Belvo's `callback` name included)", async () => {
    const callback = vi.fn()
    const onExit = vi.fn()
    const onError = vi.fn()
    TestBed.configureTestingModule({
      providers: [provideBelvoWidget({ callback, onExit, onError })],
    })
    await render(t.emulator.createToken())
    t.button.click()
    await linkAccount()
    expect(t.host.successes).toEqual([
      { link: expect.any(String), institution: 'erebor_mx_retail' },
    ])
    expect(callback).toHaveBeenCalledExactlyOnceWith(t.host.successes[0]?.link, 'erebor_mx_retail')
    expect(t.host.errors).toEqual([])

    t.host.token.set(t.emulator.createToken())
    await t.fixture.whenStable()
    t.button.click()
    await statusIs('open')
    await t.emulator.user.close()
    await statusIs('exit')
    expect(t.host.exits).toHaveLength(1)
    expect(onExit).toHaveBeenCalledExactlyOnceWith(t.host.exits[0])

    t.host.token.set(t.emulator.createToken({ expiresInSeconds: -60 }))
    await t.fixture.whenStable()
    t.button.click()
    await statusIs('error')
    expect(onError).toHaveBeenCalledExactlyOnceWith(t.host.errors[0])
    expect(t.host.errors).toEqual([expect.objectContaining({ code: 'token_expired' })])
  })

  it('emits belvoExit with the error the user met before leaving', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await t.emulator.user.chooseInstitution('erebor_mx_retail')
    const { username, password } = SANDBOX_CREDENTIALS.institutionDown
    await t.emulator.user.login(username, password)
    await t.emulator.user.close()
    await statusIs('exit')

    expect(t.host.exits).toEqual([
      expect.objectContaining({
        last_encountered_error: {
          code: 'institution_down',
          message: BELVO_MESSAGES.institution_down,
        },
      }),
    ])
    expect(t.host.successes).toEqual([])
    expect(widgetOnScreen()).toBeNull()
    // The same data, as the exit() signal the template reads.
    expect(t.fixture.nativeElement.querySelector('small').textContent).toBe('institution_down')
  })

  it('emits belvoExit without an error when the user simply leaves', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await t.emulator.user.close()
    await statusIs('exit')
    expect(t.host.exits).toHaveLength(1)
    expect(t.host.exits[0]?.last_encountered_error).toBeUndefined()
  })

  it('emits belvoEvent for the pages the user goes through', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await t.emulator.user.chooseInstitution('erebor_mx_retail')

    expect(t.host.events).toContainEqual(
      expect.objectContaining({
        eventName: 'PAGE_LOAD',
        meta_data: expect.objectContaining({
          page: '/credentials',
          institution_name: 'erebor_mx_retail',
        }),
      }),
    )
  })

  it.each([
    ['an expired token', () => t.emulator.createToken({ expiresInSeconds: -60 }), 'token_expired'],
    [
      'a failing token function',
      () => () => Promise.reject(new Error('503 from /api/widget-token')),
      'token_failed',
    ],
    [
      'a script that fails to load',
      () => {
        t.emulator.setFaults({ scriptFault: 'error' })
        return t.emulator.createToken()
      },
      'script_load_failed',
    ],
  ] as const)('emits belvoError for %s', async (_, token, code) => {
    await render(token())
    t.button.click()
    await statusIs('error')

    expect(t.host.errors.map((error) => error.code)).toEqual([code])
    expect(t.host.errors[0]?.message).toBeTruthy()
    expect(t.fixture.nativeElement.querySelector('output').textContent).toContain(code)
    expect(t.emulator.buildCount).toBe(0)
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('passes the latest config on each open', async () => {
    await render(() => t.emulator.createToken())
    t.host.config.update((config) => ({ ...config, institutions: ['erebor_mx_retail'] }))
    await t.fixture.whenStable()
    t.button.click()
    await statusIs('open')
    await t.emulator.user.close()
    await statusIs('exit')

    t.host.config.update(({ src }) => ({ src, locale: 'es', country_codes: ['CO'] }))
    await t.fixture.whenStable()
    t.button.click()
    await statusIs('open')
    expect(t.emulator.createWidgetCalls.map((call) => call.config)).toEqual([
      expect.objectContaining({ locale: 'en', institutions: ['erebor_mx_retail'] }),
      expect.objectContaining({ locale: 'es', country_codes: ['CO'] }),
    ])
    expect(t.emulator.createWidgetCalls[1]?.config).not.toHaveProperty('institutions')
  })

  it('closes through the template reference', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await statusIs('open')
    t.fixture.nativeElement.querySelector('a').click()
    await statusIs('idle')
    expect(widgetOnScreen()).toBeNull()
    expect(t.host.exits).toEqual([])
  })

  it('builds nothing and emits nothing when destroyed while loading', async () => {
    const token = deferred<string>()
    await render(() => token.promise)
    t.button.click()
    await t.fixture.whenStable()
    t.fixture.destroy()

    token.resolve(t.emulator.createToken())
    await vi.waitFor(() => expect(t.emulator.scriptRequests).toBe(1), { timeout: 10_000 })
    await flush()
    expect(t.emulator.createWidgetCalls).toEqual([])
    expect(document.getElementById('belvo')).toBeNull()
    expect([...t.host.successes, ...t.host.exits, ...t.host.errors]).toEqual([])
  })

  it('removes the widget when destroyed while open, and reports nothing after', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await statusIs('open')
    t.fixture.destroy()

    expect(document.getElementById('belvo')).toBeNull()
    expect(widgetOnScreen()).toBeNull()
    expect([...t.host.successes, ...t.host.exits, ...t.host.errors]).toEqual([])
  })
})

import { Component, signal } from '@angular/core'
import { type ComponentFixture, TestBed } from '@angular/core/testing'
import type {
  BelvoExitData,
  BelvoStartupConfig,
  BelvoTokenSource,
  BelvoWidgetError,
  BelvoWidgetEvent,
  LoadBelvoSdkOptions,
} from '@belvo-widget/core'
import {
  BELVO_MESSAGES,
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
} from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { deferred, flush, freshSdkSrc } from '../testing/helpers'
import { BelvoWidgetDirective, type BelvoWidgetSuccess } from './belvo-widget.directive'

@Component({
  imports: [BelvoWidgetDirective],
  template: `
    <button
      [belvoWidget]="token()"
      [config]="config()"
      [prefetchOnIntent]="prefetch()"
      #widget="belvoWidget"
      (success)="successes.push($event)"
      (exit)="exits.push($event)"
      (widgetEvent)="events.push($event)"
      (widgetError)="errors.push($event)"
    >{{ widget.status() }}</button>
    <a href="#" (click)="$event.preventDefault(); widget.close()">Cancel</a>
    <output>{{ widget.link() }} {{ widget.institution() }} {{ widget.error()?.code }}</output>
    <small>{{ widget.exit()?.last_encountered_error?.code }}</small>
  `,
})
class Host {
  readonly token = signal<BelvoTokenSource>('')
  readonly prefetch = signal(false)
  readonly config = signal<BelvoStartupConfig & LoadBelvoSdkOptions>({
    locale: 'en',
    src: freshSdkSrc(),
  })
  readonly successes: BelvoWidgetSuccess[] = []
  readonly exits: BelvoExitData[] = []
  readonly events: BelvoWidgetEvent[] = []
  readonly errors: BelvoWidgetError[] = []
}

let emulator: InstalledEmulator
let fixture: ComponentFixture<Host>
let host: Host
let button: HTMLButtonElement

const render = async (token: BelvoTokenSource) => {
  fixture = TestBed.createComponent(Host)
  host = fixture.componentInstance
  host.token.set(token)
  await fixture.whenStable()
  button = fixture.nativeElement.querySelector('button')
}

const statusIs = (status: string) =>
  vi.waitFor(
    () => {
      expect(button.textContent).toBe(status)
    },
    { timeout: 10_000 },
  )

const widgetOnScreen = () => document.querySelector('#belvo [data-belvo-emulator-widget]')

beforeEach(() => {
  emulator = installBelvoEmulator({ timeoutMs: 10_000 })
})

afterEach(() => {
  emulator.uninstall()
  // The emulator serves SDK tags already in the page: start each test without one.
  for (const script of document.querySelectorAll('script')) script.remove()
})

describe('[belvoWidget] prefetchOnIntent', () => {
  const intent = () => {
    for (const type of ['pointerenter', 'focus', 'touchstart'])
      button.dispatchEvent(new Event(type))
  }

  it('off by default: pointer-over and focus request nothing before the click', async () => {
    const token = vi.fn(() => emulator.createToken())
    await render(token)
    intent()
    await flush()
    expect(token).not.toHaveBeenCalled()
    expect(emulator.scriptRequests).toBe(0)
  })

  it('on: intent fetches the token and the script once; the click opens with them', async () => {
    const token = vi.fn(() => emulator.createToken())
    await render(token)
    host.prefetch.set(true)
    await fixture.whenStable()
    intent()
    intent()
    await vi.waitFor(() => expect(emulator.scriptRequests).toBe(1))
    expect(token).toHaveBeenCalledOnce()
    expect(button.textContent).toBe('idle')
    button.click()
    await statusIs('open')
    expect(token).toHaveBeenCalledOnce()
    expect(emulator.scriptRequests).toBe(1)
    expect(emulator.buildCount).toBe(1)
  })
})

describe('[belvoWidget]', () => {
  it('opens the widget when its host is clicked, once however often it is clicked', async () => {
    const token = deferred<string>()
    await render(() => token.promise)
    button.click()
    button.click()
    await fixture.whenStable()
    expect(button.textContent).toBe('loading')
    expect(button.getAttribute('aria-busy')).toBe('true')

    token.resolve(emulator.createToken())
    await statusIs('open')
    expect(button.hasAttribute('aria-busy')).toBe(false)
    expect(emulator.buildCount).toBe(1)
    expect(emulator.scriptRequests).toBe(1)
    expect(emulator.createWidgetCalls[0]?.config).toMatchObject({ locale: 'en' })
    expect(widgetOnScreen()).not.toBeNull()
  })

  it('emits success with the link and institution, then removes the widget', async () => {
    await render(emulator.createToken())
    button.click()
    await emulator.user.chooseInstitution('erebor_mx_retail')
    const { username, password } = SANDBOX_CREDENTIALS.success
    await emulator.user.login(username, password)
    await statusIs('success')

    expect(host.successes).toEqual([{ link: expect.any(String), institution: 'erebor_mx_retail' }])
    expect(fixture.nativeElement.querySelector('output').textContent).toContain(
      `${host.successes[0]?.link} erebor_mx_retail`,
    )
    expect(host.exits).toEqual([])
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('emits exit with the error the user met before leaving', async () => {
    await render(emulator.createToken())
    button.click()
    await emulator.user.chooseInstitution('erebor_mx_retail')
    const { username, password } = SANDBOX_CREDENTIALS.institutionDown
    await emulator.user.login(username, password)
    await emulator.user.close()
    await statusIs('exit')

    expect(host.exits).toEqual([
      expect.objectContaining({
        last_encountered_error: {
          code: 'institution_down',
          message: BELVO_MESSAGES.institution_down,
        },
      }),
    ])
    expect(host.successes).toEqual([])
    expect(widgetOnScreen()).toBeNull()
    // The same data, as the exit() signal the template reads.
    expect(fixture.nativeElement.querySelector('small').textContent).toBe('institution_down')
  })

  it('emits exit without an error when the user simply leaves', async () => {
    await render(emulator.createToken())
    button.click()
    await emulator.user.close()
    await statusIs('exit')
    expect(host.exits).toHaveLength(1)
    expect(host.exits[0]?.last_encountered_error).toBeUndefined()
  })

  it('emits widgetEvent for the pages the user goes through', async () => {
    await render(emulator.createToken())
    button.click()
    await emulator.user.chooseInstitution('erebor_mx_retail')

    expect(host.events).toContainEqual(
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
    ['an expired token', () => emulator.createToken({ expiresInSeconds: -60 }), 'token_expired'],
    [
      'a failing token function',
      () => () => Promise.reject(new Error('503 from /api/widget-token')),
      'token_failed',
    ],
    [
      'a script that fails to load',
      () => {
        emulator.setFaults({ scriptFault: 'error' })
        return emulator.createToken()
      },
      'script_load_failed',
    ],
  ] as const)('emits widgetError for %s', async (_, token, code) => {
    await render(token())
    button.click()
    await statusIs('error')

    expect(host.errors.map((error) => error.code)).toEqual([code])
    expect(host.errors[0]?.message).toBeTruthy()
    expect(fixture.nativeElement.querySelector('output').textContent).toContain(code)
    expect(emulator.buildCount).toBe(0)
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('passes the latest config on each open', async () => {
    await render(() => emulator.createToken())
    host.config.update((config) => ({ ...config, institutions: ['erebor_mx_retail'] }))
    await fixture.whenStable()
    button.click()
    await statusIs('open')
    await emulator.user.close()
    await statusIs('exit')

    host.config.update(({ src }) => ({ src, locale: 'es', country_codes: ['CO'] }))
    await fixture.whenStable()
    button.click()
    await statusIs('open')
    expect(emulator.createWidgetCalls.map((call) => call.config)).toEqual([
      expect.objectContaining({ locale: 'en', institutions: ['erebor_mx_retail'] }),
      expect.objectContaining({ locale: 'es', country_codes: ['CO'] }),
    ])
    expect(emulator.createWidgetCalls[1]?.config).not.toHaveProperty('institutions')
  })

  it('closes through the template reference', async () => {
    await render(emulator.createToken())
    button.click()
    await statusIs('open')
    fixture.nativeElement.querySelector('a').click()
    await statusIs('idle')
    expect(widgetOnScreen()).toBeNull()
    expect(host.exits).toEqual([])
  })

  it('builds nothing and emits nothing when destroyed while loading', async () => {
    const token = deferred<string>()
    await render(() => token.promise)
    button.click()
    await fixture.whenStable()
    fixture.destroy()

    token.resolve(emulator.createToken())
    await vi.waitFor(() => expect(emulator.scriptRequests).toBe(1), { timeout: 10_000 })
    await flush()
    expect(emulator.createWidgetCalls).toEqual([])
    expect(document.getElementById('belvo')).toBeNull()
    expect([...host.successes, ...host.exits, ...host.errors]).toEqual([])
  })

  it('removes the widget when destroyed while open, and reports nothing after', async () => {
    await render(emulator.createToken())
    button.click()
    await statusIs('open')
    fixture.destroy()

    expect(document.getElementById('belvo')).toBeNull()
    expect(widgetOnScreen()).toBeNull()
    expect([...host.successes, ...host.exits, ...host.errors]).toEqual([])
  })
})

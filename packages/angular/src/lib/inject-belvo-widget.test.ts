import { Component, InjectionToken, inject, signal } from '@angular/core'
import { TestBed } from '@angular/core/testing'
import {
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
} from '@belvo-widget/emulator/testing'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { deferred } from '../testing/helpers'
import { BelvoWidgetDirective } from './belvo-widget.directive'
import { provideBelvoWidget } from './defaults'
import { injectBelvoWidget } from './inject-belvo-widget'

let emulator: InstalledEmulator

// A fresh emulator per test, with a script address of its own (`emulator.src`).
beforeEach(() => {
  emulator = installBelvoEmulator({ timeoutMs: 10_000 })
  return emulator.uninstall
})

@Component({
  template: `<p>{{ widget.status() }}</p>`,
})
class AddAccount {
  readonly country = signal<'MX' | 'CO'>('MX')
  readonly onSuccess = vi.fn()
  readonly widget = injectBelvoWidget(() => ({
    token: () => emulator.createToken(),
    src: emulator.src,
    country_codes: [this.country()],
    onSuccess: this.onSuccess,
  }))
}

describe('injectBelvoWidget', () => {
  it('exposes the widget state as signals through a whole link', async () => {
    const fixture = TestBed.createComponent(AddAccount)
    const { widget, onSuccess } = fixture.componentInstance
    expect(widget.status()).toBe('idle')

    const opening = widget.open()
    expect(widget.status()).toBe('loading')
    await opening
    expect(widget.status()).toBe('open')
    await fixture.whenStable()
    expect(fixture.nativeElement.textContent).toBe('open')

    await emulator.user.chooseInstitution('erebor_mx_retail')
    const { username, password } = SANDBOX_CREDENTIALS.success
    await emulator.user.login(username, password)
    expect(widget.status()).toBe('success')
    expect(widget.institution()).toBe('erebor_mx_retail')
    expect(widget.link()).toEqual(expect.any(String))
    expect(widget.state()).toEqual({
      status: 'success',
      link: widget.link(),
      institution: 'erebor_mx_retail',
    })
    expect(onSuccess).toHaveBeenCalledWith(widget.link(), 'erebor_mx_retail')
  })

  it('reads signals in its options when opening, not when created', async () => {
    const fixture = TestBed.createComponent(AddAccount)
    const { widget, country } = fixture.componentInstance
    country.set('CO')
    await widget.open()
    expect(emulator.createWidgetCalls[0]?.config).toMatchObject({ country_codes: ['CO'] })
  })

  it('sets the exit signal when the user leaves', async () => {
    const fixture = TestBed.createComponent(AddAccount)
    const { widget } = fixture.componentInstance
    await widget.open()
    await emulator.user.close()
    expect(widget.status()).toBe('exit')
    expect(widget.exit()).toEqual(expect.any(Object))
  })

  it('sets the error signal when the widget cannot open', async () => {
    emulator.setFaults({ scriptFault: 'error' })
    const widget = TestBed.runInInjectionContext(() =>
      injectBelvoWidget({ token: emulator.createToken(), src: emulator.src }),
    )
    await widget.open()
    expect(widget.status()).toBe('error')
    expect(widget.error()?.code).toBe('script_load_failed')
  })

  it('cancels a pending open on close() and reports nothing', async () => {
    const token = deferred<string>()
    const onExit = vi.fn()
    const widget = TestBed.runInInjectionContext(() =>
      injectBelvoWidget({ token: () => token.promise, src: emulator.src, onExit }),
    )
    const opening = widget.open()
    widget.close()
    expect(widget.status()).toBe('idle')
    token.resolve(emulator.createToken())
    await opening
    expect(widget.status()).toBe('idle')
    expect(emulator.createWidgetCalls).toEqual([])
    expect(onExit).not.toHaveBeenCalled()
  })

  it('tears the widget down with its injector', async () => {
    const fixture = TestBed.createComponent(AddAccount)
    await fixture.componentInstance.widget.open()
    expect(document.getElementById('belvo')).not.toBeNull()
    fixture.destroy()
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('says where to call it when called outside an injection context', () => {
    expect(() => injectBelvoWidget()).toThrow(/injection context/)
  })
})

const ACCESS_TOKEN = new InjectionToken<() => string>('ACCESS_TOKEN')

@Component({
  imports: [BelvoWidgetDirective],
  template: `<button belvoWidget #widget="belvoWidget">{{ widget.status() }}</button>`,
})
class BareButton {}

describe('provideBelvoWidget', () => {
  it('gives every widget its defaults, with a token function that can inject', async () => {
    const src = emulator.src
    TestBed.configureTestingModule({
      providers: [
        { provide: ACCESS_TOKEN, useValue: () => emulator.createToken() },
        provideBelvoWidget({ src, locale: 'pt', token: () => inject(ACCESS_TOKEN)() }),
      ],
    })
    const fixture = TestBed.createComponent(BareButton)
    await fixture.whenStable()
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button')
    button.click()
    await vi.waitFor(() => expect(button.textContent).toBe('open'), { timeout: 10_000 })

    expect(document.querySelector(`script[src="${src}"]`)).not.toBeNull()
    expect(emulator.createWidgetCalls[0]?.config).toMatchObject({ locale: 'pt' })
  })

  it('lets options override the defaults', async () => {
    TestBed.configureTestingModule({
      providers: [provideBelvoWidget({ locale: 'pt', token: 'never used' })],
    })
    const widget = TestBed.runInInjectionContext(() =>
      injectBelvoWidget({ locale: 'es', token: emulator.createToken(), src: emulator.src }),
    )
    await widget.open()
    expect(widget.status()).toBe('open')
    expect(emulator.createWidgetCalls[0]?.config).toMatchObject({ locale: 'es' })
  })
})

import { Component, PLATFORM_ID, provideZonelessChangeDetection } from '@angular/core'
import { TestBed } from '@angular/core/testing'
import { type BootstrapContext, bootstrapApplication } from '@angular/platform-browser'
import { provideServerRendering, renderApplication } from '@angular/platform-server'
import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { flush, restoreGlobalsAfter } from '../testing/helpers'
import { BelvoWidgetDirective } from './belvo-widget.directive'
import { provideBelvoWidget } from './defaults'
import { injectBelvoWidget } from './inject-belvo-widget'

@Component({
  selector: 'app-root',
  imports: [BelvoWidgetDirective],
  template: `
    <button belvoWidget #widget="belvoWidget">{{ widget.status() }}</button>
    <p>{{ injected.status() }}</p>
  `,
})
class App {
  readonly injected = injectBelvoWidget()
  constructor() {
    // Opening during a server render must do nothing, and not fail the render.
    void this.injected.open()
  }
}

let emulator: InstalledEmulator
let tokenCalls = 0
const defaults = () => provideBelvoWidget({ token: () => `${++tokenCalls}` })

beforeEach(() => {
  emulator = installBelvoEmulator()
  tokenCalls = 0
})

afterEach(() => {
  emulator.uninstall()
})

// The page the test runs in stands for the browser: a server render must leave it untouched.
const expectNothingLoaded = () => {
  expect(tokenCalls).toBe(0)
  expect(emulator.scriptRequests).toBe(0)
  expect(document.querySelector('script')).toBeNull()
  expect(document.getElementById('belvo')).toBeNull()
}

describe('on the server platform', () => {
  let restoreGlobals: () => void
  beforeAll(() => {
    restoreGlobals = restoreGlobalsAfter()
  })
  afterAll(() => restoreGlobals())

  it('renders with @angular/platform-server and opens nothing', async () => {
    const bootstrap = (context: BootstrapContext) =>
      bootstrapApplication(
        App,
        { providers: [provideServerRendering(), provideZonelessChangeDetection(), defaults()] },
        context,
      )
    const html = await renderApplication(bootstrap, {
      document: '<html><head></head><body><app-root></app-root></body></html>',
      url: '/',
    })

    expect(html).toMatch(/<button[^>]*>idle<\/button>/)
    expect(html).toContain('<p>idle</p>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('id="belvo"')
    await flush()
    expectNothingLoaded()
  })

  it('ignores clicks and open() when PLATFORM_ID is the server', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: PLATFORM_ID, useValue: 'server' }, defaults()],
    })
    const fixture = TestBed.createComponent(App)
    await fixture.whenStable()
    fixture.nativeElement.querySelector('button').click()
    await fixture.componentInstance.injected.open()
    await flush()
    await fixture.whenStable()

    expect(fixture.nativeElement.querySelector('button').textContent).toBe('idle')
    expect(fixture.componentInstance.injected.status()).toBe('idle')
    expectNothingLoaded()
  })
})

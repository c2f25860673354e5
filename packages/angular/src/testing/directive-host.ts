import { Component, signal } from '@angular/core'
import { type ComponentFixture, TestBed } from '@angular/core/testing'
import type {
  BelvoExitData,
  BelvoStartupConfig,
  BelvoTokenSource,
  BelvoWidgetError,
  BelvoWidgetEvent,
  BelvoWidgetOptions,
  LoadBelvoSdkOptions,
} from '@belvo-widget/core'
import {
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
} from '@belvo-widget/emulator/testing'
import { beforeEach, expect, vi } from 'vitest'
import { BelvoWidgetDirective, type BelvoWidgetSuccess } from '../lib/belvo-widget.directive'

/** What the directive's specs share: a host component, its button, and the emulator. */
export const t = {} as {
  emulator: InstalledEmulator
  fixture: ComponentFixture<Host>
  host: Host
  button: HTMLButtonElement
}

@Component({
  imports: [BelvoWidgetDirective],
  template: `
    <button
      [belvoWidget]="token()"
      [config]="config()"
      [prefetchOnIntent]="prefetch()"
      #widget="belvoWidget"
      (belvoSuccess)="successes.push($event)"
      (belvoExit)="exits.push($event)"
      (belvoEvent)="events.push($event)"
      (belvoError)="errors.push($event)"
      (success)="former.push(['success', $event])"
      (exit)="former.push(['exit', $event])"
      (widgetEvent)="former.push(['event', $event])"
      (widgetError)="former.push(['error', $event])"
    >{{ widget.status() }}</button>
    <a href="#" (click)="$event.preventDefault(); widget.close()">Cancel</a>
    <output>{{ widget.link() }} {{ widget.institution() }} {{ widget.error()?.code }}</output>
    <small>{{ widget.exit()?.last_encountered_error?.code }}</small>
  `,
})
export class Host {
  readonly token = signal<BelvoTokenSource>('')
  readonly prefetch = signal<boolean | undefined>(false)
  readonly config = signal<
    BelvoStartupConfig & LoadBelvoSdkOptions & Pick<BelvoWidgetOptions, 'retryInvalidToken'>
  >({
    locale: 'en',
    src: t.emulator.src,
  })
  readonly successes: BelvoWidgetSuccess[] = []
  readonly exits: BelvoExitData[] = []
  readonly events: BelvoWidgetEvent[] = []
  readonly errors: BelvoWidgetError[] = []
  /** What the deprecated outputs emitted, in order. */
  readonly former: [string, unknown][] = []
}

/** Renders the host with `token` as the directive's value. */
export const render = async (token: BelvoTokenSource) => {
  t.fixture = TestBed.createComponent(Host)
  t.host = t.fixture.componentInstance
  t.host.token.set(token)
  await t.fixture.whenStable()
  t.button = t.fixture.nativeElement.querySelector('button')
}

/** Waits until the button shows `status` (the template prints `status()`). */
export const statusIs = (status: string) =>
  vi.waitFor(
    () => {
      expect(t.button.textContent).toBe(status)
    },
    { timeout: 10_000 },
  )

/** In the open widget: Erebor México, Belvo's sandbox login for a link, until the button says so. */
export const linkAccount = async () => {
  await t.emulator.user.chooseInstitution('erebor_mx_retail')
  const { username, password } = SANDBOX_CREDENTIALS.success
  await t.emulator.user.login(username, password)
  await statusIs('success')
}

export const widgetOnScreen = () => document.querySelector('#belvo [data-belvo-emulator-widget]')

/** A fresh emulator per test, with a script address of its own (`emulator.src`). */
export const useEmulatorPerTest = () =>
  beforeEach(() => {
    t.emulator = installBelvoEmulator({ timeoutMs: 10_000 })
    return t.emulator.uninstall
  })

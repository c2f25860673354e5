// What the DOM test files share: a page with `#belvo`, Belvo's script tag, and a widget built
// the way an integration builds it. The same files run under jsdom and under happy-dom (both are
// DOMs Belvo customers use for unit tests): see vitest.config.ts.

import type { InstalledEmulator } from '@belvo-widget/emulator/testing'
import { afterEach, beforeEach, type Mock, vi } from 'vitest'

export type Sdk = { createWidget(token: string, config: object): { build(): void } }
export const sdk = () => (window as unknown as { belvoSDK?: Sdk }).belvoSDK

export function addScript(src = 'https://cdn.belvo.io/belvo-widget-1-stable.js') {
  const tag = document.createElement('script')
  tag.src = src
  const outcome = new Promise<'load' | 'error'>((resolve) => {
    tag.addEventListener('load', () => resolve('load'))
    tag.addEventListener('error', () => resolve('error'))
  })
  document.head.append(tag)
  return { tag, outcome }
}

// biome-ignore lint/suspicious/noExplicitAny: payloads are read field by field in the tests
type Callback = Mock<(...args: any[]) => any>

/** A built widget's callbacks, and the pages and events it reported so far. */
export interface OpenedWidget {
  callback: Callback
  onExit: Callback
  onEvent: Callback
  pages(): string[]
  // biome-ignore lint/suspicious/noExplicitAny: as above
  events(name: string): any[]
}

/** Builds a widget the way an integration does, recording what it reports. */
export function open(
  emulator: InstalledEmulator,
  config: Record<string, unknown> = {},
  token?: string,
): OpenedWidget {
  const callback: Callback = vi.fn()
  const onExit: Callback = vi.fn()
  const onEvent: Callback = vi.fn()
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

export const dialog = () => document.querySelector<HTMLElement>('#belvo [role="dialog"]')!

/** Each test starts on a page holding only `#belvo`; after it, the install and the script tags go. */
export function resetPageAroundEach(installed: () => InstalledEmulator | undefined): void {
  beforeEach(() => {
    document.body.innerHTML = '<div id="belvo"></div>'
  })
  afterEach(() => {
    installed()?.uninstall()
    for (const s of document.querySelectorAll('script')) s.remove()
  })
}

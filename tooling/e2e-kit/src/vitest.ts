// The Vitest side of the kit, an entry of its own (`@belvo-widget/e2e-kit/vitest`): the root
// scripts import the main entry outside any test runner.
import { launchChromium } from '@belvo-widget/browser-kit'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { type Backends, startBackends } from './backends.ts'
import { countWidgetRequests, openPage, type WidgetRequests } from './page.ts'

/** An app a suite serves: where it is, and how to stop it. */
export interface ServedApp {
  url: string
  close(): Promise<unknown>
}

/** What {@link useSandbox} hands the tests; read its fields inside a test, not at import. */
export interface Sandbox {
  readonly backends: Backends
  readonly app: ServedApp
  /** This test's page, in a fresh browser context. */
  readonly page: Page
  /** The SDK script and token requests this test's page made so far. */
  readonly seen: WidgetRequests
}

/**
 * Sets up a sandbox's browser suite with Vitest's hooks: once per file the emulator and the demo
 * server, the app (`serve` starts it against them) and Chromium; per test a fresh page with its
 * request counts, closed after the test.
 *
 * @example
 * ```ts
 * const sandbox = useSandbox((backends) => startDevServer(new URL('..', import.meta.url), backends))
 * it('links an account', async () => {
 *   await sandbox.page.goto(sandbox.app.url)
 * })
 * ```
 */
export function useSandbox(serve: (backends: Backends) => Promise<ServedApp>): Sandbox {
  const state = {} as { backends: Backends; app: ServedApp; page: Page; seen: WidgetRequests }
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
  beforeAll(async () => {
    state.backends = await startBackends()
    state.app = await serve(state.backends)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await state.app?.close()
    await state.backends?.close()
  })
  beforeEach(async () => {
    state.page = await openPage(browser!)
    state.seen = countWidgetRequests(state.page)
  })
  afterEach(() => state.page?.context().close())
  return state
}

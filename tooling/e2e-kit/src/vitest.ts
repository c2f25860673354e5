// The Vitest side of the kit, an entry of its own (`@belvo-widget/e2e-kit/vitest`): the root
// scripts import the main entry outside any test runner.
import { launchBrowser } from '@belvo-widget/browser-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { type Backends, startBackends } from './backends.ts'

export { expectKeyboardOnly } from './keyboard.ts'

import { accessibilityViolations } from './a11y.ts'

import { countWidgetRequests, openPage, type WidgetRequests } from './page.ts'
import { leaveAfterLoginError, widgetDialog } from './widget.ts'

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
 * server, the app (`serve` starts it against them) and the browser (`launchBrowser()`: the engine
 * the Vitest project sets); per test a fresh page with its
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
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined
  beforeAll(async () => {
    state.backends = await startBackends()
    state.app = await serve(state.backends)
    browser = await launchBrowser()
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

/** What {@link itReportsFailures} checks beyond what every sandbox shows. */
export interface FailureChecks {
  /** The button that opens the widget (default "Add bank account"). */
  button?: string
  /** Runs after the token route's failure was shown, e.g. to check an element's `status`. */
  afterTokenFailure?: (sandbox: Sandbox) => Promise<void>
  /**
   * The page runs core's production build (a page with no build step loads `dist/browser.js`):
   * its errors keep the code and the facts, not the development sentence around them.
   */
  production?: boolean
}

/**
 * The failures every sandbox reports alike in its `role="status"` line, as three tests: why the
 * user left after a failed login; the typed error when the SDK cannot load, then an open on the
 * next click once it can (with one script tag in the page); the token route's own message when
 * Belvo fails it. Call it inside the sandbox's `describe`.
 */
export function itReportsFailures(
  sandbox: Sandbox,
  { button = 'Add bank account', afterTokenFailure, production }: FailureChecks = {},
): void {
  const status = () => sandbox.page.getByRole('status').textContent()
  const open = async () => {
    await sandbox.page.goto(sandbox.app.url)
    await sandbox.page.getByRole('button', { name: button }).click()
  }

  it('shows why the user left after a failed login', async () => {
    await open()
    await leaveAfterLoginError(sandbox.page, SANDBOX_CREDENTIALS.invalidCredentials)
    await expect
      .poll(status)
      .toBe('You left the widget: Invalid credentials provided to login to the institution')
    expect(await sandbox.page.locator('#belvo').count()).toBe(0)
  })

  it('shows the typed error when the SDK cannot load, and opens on the next click once it can', async () => {
    sandbox.backends.emulator.setFaults({ scriptFault: 'error' })
    try {
      // From the keyboard: focus stays with the button (or comes back to it) after the error.
      await sandbox.page.goto(sandbox.app.url)
      const trigger = sandbox.page.getByRole('button', { name: button })
      await trigger.focus()
      await sandbox.page.keyboard.press('Enter')
      await expect.poll(status).toMatch(/^The widget could not open \(script_load_failed\)/)
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true)
    } finally {
      sandbox.backends.emulator.setFaults({ scriptFault: 'none' })
    }
    await sandbox.page.getByRole('button', { name: button }).click()
    await widgetDialog(sandbox.page).waitFor()
    // The failed tag went; the retry left one.
    expect(await sandbox.page.locator('script[src*="belvo-widget-1-stable.js"]').count()).toBe(1)
  })

  it("reads the token route's own message when it fails", async () => {
    sandbox.backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await open()
      await expect
        .poll(status)
        .toMatch(
          new RegExp(
            `^The widget could not open \\(token_failed\\): ${production ? '' : 'token function failed: '}` +
              'http://127\\.0\\.0\\.1:\\d+/api/widget-token answered 502: belvo_\\w+: .*Belvo',
          ),
        )
      expect(await sandbox.page.locator('#belvo').count()).toBe(0)
      await afterTokenFailure?.(sandbox)
    } finally {
      sandbox.backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
}

/**
 * Checks that the page has the sandboxes' one look: sandbox-kit's stylesheet (its page
 * background) and the credentials hint made from the emulator's table, every row of it.
 */
export async function expectSandboxLook(page: Page): Promise<void> {
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(246, 247, 251)',
  )
  const hint = await page.getByLabel('Sandbox credentials').textContent()
  for (const { password } of Object.values(SANDBOX_CREDENTIALS)) expect(hint).toContain(password)
}

/**
 * Checks that axe-core finds nothing wrong on `page` as it is now (see
 * {@link accessibilityViolations}): the test fails with one line per broken rule. In every engine.
 */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([])
}

/**
 * Opens the widget as a user does, with {@link expectAccessible} before and after: the page with
 * the button named `button`, then, once clicked, the page with the widget on screen.
 */
export async function openAccessibly(page: Page, button = 'Add bank account'): Promise<void> {
  const trigger = page.getByRole('button', { name: button })
  await trigger.waitFor()
  await expectAccessible(page)
  await trigger.click()
  await widgetDialog(page).waitFor()
  await expectAccessible(page)
}

/**
 * Checks prefetch on intent at `url`: pointing at the button asks for the token and the script
 * once, before any widget is built; pointing again asks for nothing; the click then opens the
 * widget with those two requests and no more.
 */
export async function expectPrefetchOnHover(
  page: Page,
  url: string,
  button = 'Add bank account',
): Promise<void> {
  const seen = countWidgetRequests(page)
  await page.goto(url)
  const trigger = page.getByRole('button', { name: button })
  await trigger.hover()
  await expect.poll(() => ({ ...seen })).toEqual({ script: 1, token: 1 })
  expect(await page.locator('#belvo').count()).toBe(0)
  await page.mouse.move(0, 0)
  await trigger.hover()
  await trigger.click()
  await widgetDialog(page).waitFor()
  expect(seen).toEqual({ script: 1, token: 1 })
}

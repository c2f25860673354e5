import {
  type Backends,
  countWidgetRequests,
  type DevServer,
  launchChromium,
  logInToInstitution,
  openPage,
  startBackends,
  startDevServer,
  type WidgetRequests,
} from '@belvo-widget/e2e-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

// The Svelte app on Vite's dev server (Svelte's compiler, real), driven in Debian's headless
// Chromium; the emulator is Belvo, the demo server "your backend".
let backends: Backends
let app: DevServer
let browser: Browser
let page: Page
let seen: WidgetRequests

beforeAll(async () => {
  backends = await startBackends()
  app = await startDevServer(new URL('..', import.meta.url), backends)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await app?.close()
  await backends?.close()
})
beforeEach(async () => {
  page = await openPage(browser)
  seen = countWidgetRequests(page)
})
afterEach(() => page.context().close())

const dialog = () => page.locator('#belvo').getByRole('dialog')

describe('Svelte sandbox', () => {
  it('links an account through <belvo-widget> with Svelte props and onbelvo-* handlers', async () => {
    await page.goto(app.url)
    // Svelte set country_codes as a property: the element reflects it to its attribute.
    await expect
      .poll(() => page.locator('belvo-widget').getAttribute('country-codes'))
      .toBe('MX,CO,BR')
    // The button prefetches on intent: the token and the script are asked for on hover.
    await page.getByRole('button', { name: 'Add bank account' }).hover()
    await expect.poll(() => ({ ...seen })).toEqual({ script: 1, token: 1 })
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)

    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked Erebor México')
    await expect.poll(() => page.locator('#accounts tr').count()).toBeGreaterThan(0)
    expect(await page.locator('#link-id').textContent()).toMatch(/^[0-9a-f-]{36}$/)
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(seen).toEqual({ script: 1, token: 1 })
  })

  it('shows why the user left after a failed login', async () => {
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    const widget = await logInToInstitution(page, SANDBOX_CREDENTIALS.invalidCredentials)
    // The login error shows first; closing before it would leave with no error to report.
    await widget.getByRole('alert').waitFor()
    await dialog().getByRole('button', { name: 'Close' }).click()
    const exit = dialog().getByRole('button', { name: 'Exit', exact: true })
    if (await exit.isVisible().catch(() => false)) await exit.click()

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('You left the widget: Invalid credentials provided to login to the institution')
    expect(await page.locator('#belvo').count()).toBe(0)
  })

  it('shows the typed error when the token route fails', async () => {
    backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await page.goto(app.url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(/^The widget could not open \(token_failed\)/)
      expect(await page.locator('#belvo').count()).toBe(0)
    } finally {
      backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})

import {
  type Backends,
  countWidgetRequests,
  launchChromium,
  logInToInstitution,
  openPage,
  startBackends,
  type WidgetRequests,
} from '@belvo-widget/e2e-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHtmlSandbox } from '../server.mjs'

// The page as a user writes it (no build step), served with the element's published build, in
// Debian's headless Chromium; the emulator is Belvo, the demo server "your backend".
let backends: Backends
let app: Awaited<ReturnType<typeof startHtmlSandbox>>
let browser: Browser
let page: Page
let seen: WidgetRequests

beforeAll(async () => {
  backends = await startBackends()
  app = await startHtmlSandbox({
    port: 0,
    demoServerUrl: backends.demo.url,
    sdkSrc: backends.emulator.scriptUrl,
  })
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

describe('plain HTML sandbox', () => {
  it('links an account with <belvo-widget token-url="/api/widget-token"> and lists its accounts', async () => {
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(app.url)
    // The button prefetches on intent: the token and the script are asked for on hover.
    await page.getByRole('button', { name: 'Add bank account' }).hover()
    await expect.poll(() => ({ ...seen })).toEqual({ script: 1, token: 1 })
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)

    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked erebor_mx_retail')
    await expect.poll(() => page.locator('#accounts tr').count()).toBeGreaterThan(0)
    expect(await page.locator('#link-id').textContent()).toMatch(/^[0-9a-f-]{36}$/)
    expect(await page.locator('belvo-widget').getAttribute('status')).toBe('success')
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(seen).toEqual({ script: 1, token: 1 })
    // Not even a missing favicon.
    expect(errors).toEqual([])
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

  it('shows the typed error when the SDK cannot load, and opens on the next click once it can', async () => {
    backends.emulator.setFaults({ scriptFault: 'error' })
    try {
      await page.goto(app.url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(/^The widget could not open \(script_load_failed\)/)
    } finally {
      backends.emulator.setFaults({ scriptFault: 'none' })
    }
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await dialog().waitFor()
  })
})

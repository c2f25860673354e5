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

// The whole flow on real parts: the emulator as Belvo, the demo server as "your backend",
// the sandbox served by Vite, driven in Debian's headless Chromium.
let backends: Backends
let app: DevServer
let browser: Browser
let page: Page

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

let seen: WidgetRequests
beforeEach(async () => {
  page = await openPage(browser)
  seen = countWidgetRequests(page)
})
afterEach(() => page.context().close())

const dialog = () => page.getByRole('dialog')

describe('vanilla sandbox', () => {
  it('links an account and lists its accounts from the demo server', async () => {
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
    const done = dialog().getByRole('button', { name: 'Done' })
    if (await done.isVisible().catch(() => false)) await done.click()

    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked Erebor México')
    await expect.poll(() => page.locator('#accounts tr').count()).toBeGreaterThan(0)
    const linkId = await page.locator('#link-id').textContent()
    expect(linkId).toMatch(/^[0-9a-f-]{36}$/)
    // The overlay is gone and the preload plus the script tag fetched the SDK only once.
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(seen.script).toBe(1)
  })

  it('shows why the user left after a failed login', async () => {
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(page, SANDBOX_CREDENTIALS.invalidCredentials)
    await dialog().getByRole('button', { name: 'Close' }).click()
    const exit = dialog().getByRole('button', { name: 'Exit', exact: true })
    if (await exit.isVisible().catch(() => false)) await exit.click()

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('You left the widget: Invalid credentials provided to login to the institution')
    expect(await page.locator('#belvo').count()).toBe(0)
  })

  it('shows the error when the SDK cannot load, and opens on the next click once it can', async () => {
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
    expect(await page.locator('script[src$="belvo-widget-1-stable.js"]').count()).toBe(1)
  })

  it("reads the token route's own message when it fails", async () => {
    backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await page.goto(app.url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(
          /^The widget could not open \(token_failed\): token function failed: http:\/\/127\.0\.0\.1:\d+\/api\/widget-token answered 502: belvo_\w+: .*Belvo/,
        )
      expect(await page.getByRole('status').textContent()).not.toContain('[object Object]')
    } finally {
      backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})

import {
  type Backends,
  browserEngine,
  countWidgetRequests,
  type DevServer,
  engineName,
  launchBrowser,
  leaveAfterLoginError,
  logInToInstitution,
  openPage,
  startBackends,
  startDevServer,
} from '@belvo-widget/e2e-kit'
import {
  expectAccessible,
  expectKeyboardOnly,
  expectPrefetchOnHover,
  expectSandboxLook,
  openAccessibly,
} from '@belvo-widget/e2e-kit/vitest'
import { BELVO_MESSAGES, SANDBOX_CREDENTIALS, SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let backends: Backends
let app: DevServer
let browser: Browser

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail

beforeAll(async () => {
  backends = await startBackends()
  // The dev server, not a build: StrictMode's double mount only happens in development.
  app = await startDevServer(new URL('..', import.meta.url), backends)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await backends?.close()
})

describe(`React sandbox in ${engineName()} (StrictMode, dev server)`, () => {
  it('works with the keyboard alone; focus and scrolling come back when the widget goes', async () => {
    const page = await openPage(browser)
    await expectKeyboardOnly(page, app.url)
    await page.context().close()
  })

  it('links an account, shows its accounts, and loads the SDK script once', async () => {
    const page = await openPage(browser)
    const seen = countWidgetRequests(page)
    await page.goto(app.url)
    await openAccessibly(page)
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)

    await page.getByRole('heading', { name: `Linked ${EREBOR.displayName}` }).waitFor()
    const rows = page.getByRole('table', { name: 'Accounts' }).locator('tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThan(0)
    // Name, number, and the balance as every sandbox formats money (Intl.NumberFormat('en')).
    for (const row of await rows.all()) {
      const [name, , balance] = await row.locator('td').allTextContents()
      expect(name).toBeTruthy()
      expect(balance).toMatch(/^MX\$[\d,]+\.\d\d$/)
    }
    expect(await page.locator('#belvo').count()).toBe(0)
    await expectSandboxLook(page)
    // Firefox ESR's remote agent loses this page here (React's development build, after the
    // widget has gone): axe's evaluation and a locator query, in either order, end in
    // `Realm.sys.mjs`: "argument is not a global object" and the browser closes. The same check
    // runs in Firefox on the Vue, Angular and HTML sandboxes' pages after linking.
    if (browserEngine() !== 'firefox') await expectAccessible(page)

    expect(seen.script).toBe(1)
    expect(seen.token).toBe(1)
    await page.context().close()
  })

  it('on the component page (opens on mount), an exit shows the error the user met', async () => {
    const page = await openPage(browser)
    const seen = countWidgetRequests(page)
    await page.goto(`${app.url}#/component`)
    // The live region is there, empty, before the outcome: a screen reader announces its text.
    await page.getByRole('button', { name: 'Add bank account' }).waitFor()
    expect(
      await page.evaluate(() => document.querySelector('[role="status"]')?.textContent?.trim()),
    ).toBe('')
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await leaveAfterLoginError(page, SANDBOX_CREDENTIALS.invalidCredentials)

    const message = page.getByRole('status').filter({ hasText: 'You closed the widget' })
    await message.waitFor()
    expect(await message.textContent()).toContain(BELVO_MESSAGES.login_error.invalid_credentials)
    expect(await page.locator('#belvo').count()).toBe(0)
    // <BelvoWidget> opened in an effect that StrictMode ran twice: still one of each.
    expect(seen.script).toBe(1)
    expect(seen.token).toBe(1)
    await page.context().close()
  })

  it('shows a typed error when the SDK script cannot load', async () => {
    backends.emulator.setFaults({ scriptFault: 'error' })
    const page = await openPage(browser)
    try {
      await page.goto(app.url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toContain('script_load_failed')
    } finally {
      backends.emulator.setFaults({ scriptFault: 'none' })
      await page.context().close()
    }
  })

  it('pointing at the button fetches the token and the script once; the click opens with them', async () => {
    const page = await openPage(browser)
    await expectPrefetchOnHover(page, app.url)
    await page.context().close()
  })

  it("reads the token route's own message when it fails", async () => {
    backends.emulator.setFaults({ tokenFault: 500 })
    const page = await openPage(browser)
    try {
      await page.goto(app.url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toMatch(
        /token_failed.*token function failed: http:\/\/127\.0\.0\.1:\d+\/api\/widget-token answered 502: belvo_\w+: .*Belvo/,
      )
      expect(await alert.textContent()).not.toContain('[object Object]')
    } finally {
      backends.emulator.setFaults({ tokenFault: 'none' })
      await page.context().close()
    }
  })
})

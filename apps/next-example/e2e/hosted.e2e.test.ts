// The hosted widget from a web page, on the production build: the second button leaves for the
// emulator's hosted widget page in the same tab (a phone's screen), the visitor gives consent
// (Brazil Open Finance) and logs in, Belvo's page sends the tab back to /connected?state=success,
// which reads the outcome once and lists the link's accounts. Every test runs in every engine
// (Safari on a phone is WebKit); the faults come from Playwright's routing of the app's own
// routes (plain HTTP, which the WebKit driver routes through its proxy).
import { engineName, launchBrowser, newPhoneContext } from '@belvo-widget/e2e-kit'
import { expectAccessible } from '@belvo-widget/e2e-kit/vitest'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import { runWalk } from '@belvo-widget/emulator/playwright'
import { loginWalk } from '@belvo-widget/emulator/testing'
import { type ExampleServer, startExampleServer } from '@belvo-widget/example-e2e'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SECRET_ID = 'example-secret-id'
const SECRET_PASSWORD = 'example-secret-password-8f2c'
let emulator: RunningEmulator
let server: ExampleServer
let browser: Browser

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    quiet: true,
    secretId: SECRET_ID,
    secretPassword: SECRET_PASSWORD,
  })
  server = await startExampleServer(new URL('..', import.meta.url), {
    BELVO_ENV: emulator.url,
    BELVO_SECRET_ID: SECRET_ID,
    BELVO_SECRET_PASSWORD: SECRET_PASSWORD,
    BELVO_SDK_SRC: emulator.scriptUrl,
    BELVO_HOSTED_WIDGET_URL: `${emulator.url}/`,
    // Empty, as `APP_URL=` in a .env file leaves it: the callback URLs use the page's origin.
    APP_URL: '',
    SESSION_SECRET: 'a-session-secret-of-32-characters-or-more',
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await emulator?.close()
})

// The home page's second button, until the tab is on Belvo's (the emulator's) page.
async function leaveForBelvosPage(page: Page) {
  await page.goto(`${server.url}/`)
  const button = page.getByRole('button', { name: 'Link through Open Finance' })
  await expect.poll(() => button.isEnabled()).toBe(true)
  await button.click()
  await page.waitForURL((url) => url.href.startsWith(emulator.url), { waitUntil: 'commit' })
}

// From the home page through Belvo's page, the consent for the CPF the token route sent and the
// bank's login, until the tab is back on this app's /connected.
async function linkOnBelvosPage(page: Page) {
  await leaveForBelvosPage(page)
  await page.getByText('Ralph Bragg').waitFor()
  await runWalk(
    page.locator('body'),
    loginWalk(SANDBOX_CREDENTIALS.success, {
      locale: 'pt',
      from: 'consent',
      institution: 'erebor_br_retail',
    }),
  )
  await page.waitForURL((url) => url.href.startsWith(`${server.url}/connected`), {
    waitUntil: 'commit',
  })
}

describe(`Next.js example: the hosted widget from the page (production build, ${engineName()})`, () => {
  it('links an account through the OFDA consent step and comes back to the accounts, read once', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const accountRequests: string[] = []
    page.on('request', (request) => {
      if (/\/api\/links\/[^/]+\/accounts$/.test(request.url())) accountRequests.push(request.url())
    })
    try {
      await linkOnBelvosPage(page)
      const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')
      await accounts.first().waitFor()
      expect(await accounts.count()).toBeGreaterThan(0)
      expect(await accounts.first().textContent()).toMatch(/\d/)
      expect(accountRequests).toHaveLength(1)
      // The link's parameters left the address bar; the callback URL's own state stayed.
      expect(page.url()).toBe(`${server.url}/connected?state=success`)
      // The return page, in a phone's viewport.
      await expectAccessible(page)

      // A reload reports nothing new and asks for nothing.
      await page.reload()
      await page.getByText('Nothing new from Belvo on this page.').waitFor()
      await expectAccessible(page)
      // Nor does the same return address opened again.
      const link = accountRequests[0]!.match(/links\/([^/]+)\//)![1]!
      await page.goto(
        `${server.url}/connected?state=success&link=${link}&institution=erebor_br_retail`,
      )
      await page.getByText('Nothing new from Belvo on this page.').waitFor()
      expect(accountRequests).toHaveLength(1)
    } finally {
      await context.close()
    }
  })

  it('a token route that fails at the network or answers no JSON says so and enables the button again', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(15_000)
    try {
      await page.goto(`${server.url}/`)
      const button = page.getByRole('button', { name: 'Link through Open Finance' })
      await expect.poll(() => button.isEnabled()).toBe(true)
      const alert = page.getByRole('alert').filter({ hasText: 'Could not get a token' })

      await page.route('**/api/hosted-widget-token', (route) => route.abort('internetdisconnected'))
      await button.click()
      await alert.waitFor()
      await expect.poll(() => button.isEnabled()).toBe(true)

      await page.unroute('**/api/hosted-widget-token')
      await page.route('**/api/hosted-widget-token', (route) =>
        route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }),
      )
      await button.click()
      await alert.waitFor()
      await expect.poll(() => button.isEnabled()).toBe(true)
      expect(page.url()).toBe(`${server.url}/`)
    } finally {
      await page.context().close()
    }
  })

  it('an accounts route that answers no JSON says so on the return page', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.route(/\/api\/links\/[^/]+\/accounts$/, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'text/html',
        body: '<h1>Internal Server Error</h1>',
      }),
    )
    try {
      await linkOnBelvosPage(page)
      await page.getByRole('alert').filter({ hasText: 'Could not read the accounts.' }).waitFor()
      expect(await page.getByRole('list', { name: 'Accounts' }).count()).toBe(0)
    } finally {
      await context.close()
    }
  })

  it("leaving Belvo's page comes back as an exit", async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    try {
      await leaveForBelvosPage(page)
      await page.getByRole('button', { name: 'Fechar' }).click()
      await page.getByRole('button', { name: 'Sair', exact: true }).click()
      await page.getByRole('button', { name: /Sair sem responder/ }).click()
      await page.waitForURL((url) => url.href.startsWith(`${server.url}/connected`), {
        waitUntil: 'commit',
      })
      await page.getByText('You left before linking an account.').waitFor()
    } finally {
      await context.close()
    }
  })
})

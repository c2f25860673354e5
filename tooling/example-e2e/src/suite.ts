import { request as httpRequest } from 'node:http'
import { fileURLToPath } from 'node:url'
import {
  countWidgetRequests,
  engineName,
  launchBrowser,
  logInToInstitution,
  openPage,
} from '@belvo-widget/e2e-kit'
import { expectAccessible } from '@belvo-widget/e2e-kit/vitest'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExampleServer, startExampleServer } from './server.ts'

/** One full-stack example, as the suite drives it. */
export interface Example {
  /** The framework, for the suite's title, e.g. `'Next.js App Router'`. */
  name: string
  /** The app's folder: its `start` script serves the production build made by `build`. */
  root: URL
  /**
   * The names its server reads the SDK's URL and the session secret from. Default
   * `BELVO_SDK_SRC` and `SESSION_SECRET`.
   */
  envNames?: { sdkSrc?: string; sessionSecret?: string }
}

// What every example shows, so that one suite drives them all.
const HEADING = 'Your bank accounts'
const BUTTON = 'Link a bank account'
const SECRET_ID = 'example-secret-id'
const SECRET_PASSWORD = 'example-secret-password-8f2c'

/** Console errors and warnings, and uncaught errors, from the moment it is called. */
function collectProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return problems
}

/** The `Set-Cookie` headers of a token request sent to `url` with another `Host` header. */
function tokenCookiesFor(url: string, host: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    httpRequest(`${url}/api/widget-token`, { method: 'POST', headers: { host } }, (response) => {
      response.resume()
      resolve(response.headers['set-cookie'] ?? [])
    })
      .on('error', reject)
      .end()
  })
}

/**
 * The browser suite of a full-stack example, on its production build: the emulator stands
 * for Belvo, the example's `start` script serves it with the secret keys in its environment.
 */
export function describeExample(example: Example): void {
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
    server = await startExampleServer(example.root, {
      BELVO_ENV: emulator.url,
      BELVO_SECRET_ID: SECRET_ID,
      BELVO_SECRET_PASSWORD: SECRET_PASSWORD,
      [example.envNames?.sdkSrc ?? 'BELVO_SDK_SRC']: emulator.scriptUrl,
      [example.envNames?.sessionSecret ?? 'SESSION_SECRET']:
        'a-session-secret-of-32-characters-or-more',
    })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await emulator?.close()
  })

  describe(`${example.name} example (production build, ${engineName()})`, () => {
    it("the server's HTML already holds the page and its button", async () => {
      const html = await (await fetch(`${server.url}/`)).text()
      expect(html).toContain(HEADING)
      expect(html).toMatch(new RegExp(`<button[^>]*>[^<]*${BUTTON}`))
    })

    it('hydrates without a console error or warning, asks for nothing before the click, then opens the widget once and shows the linked accounts', async () => {
      const page = await openPage(browser)
      const problems = collectProblems(page)
      const seen = countWidgetRequests(page)
      const accountRequests: string[] = []
      page.on('request', (request) => {
        if (/\/api\/links\/[^/]+\/accounts$/.test(request.url()))
          accountRequests.push(request.url())
      })
      await page.goto(`${server.url}/`)
      const button = page.getByRole('button', { name: BUTTON })
      // Each example enables its button once hydrated.
      await expect.poll(() => button.isEnabled()).toBe(true)
      await page.waitForLoadState('networkidle')
      expect(problems).toEqual([])
      expect({ ...seen }).toEqual({ script: 0, token: 0 })
      await expectAccessible(page)

      await button.click()
      const widget = page.locator('#belvo').getByRole('dialog')
      await widget.waitFor()
      expect(await widget.count()).toBe(1)
      expect({ ...seen }).toEqual({ script: 1, token: 1 })
      await expectAccessible(page)

      await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
      const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')
      await accounts.first().waitFor()
      expect(await accounts.count()).toBeGreaterThan(0)
      expect(await accounts.first().textContent()).toMatch(/\d/)
      expect(problems).toEqual([])
      await expectAccessible(page)
      expect({ ...seen }).toEqual({ script: 1, token: 1 })

      // The accounts route serves this visitor's link, and no one else's.
      expect(accountRequests).toHaveLength(1)
      const accountsUrl = accountRequests[0]!
      expect((await page.request.get(accountsUrl)).status()).toBe(200)
      const stranger = await fetch(accountsUrl)
      expect(stranger.status).toBe(404)
      expect(await stranger.text()).not.toContain('balance')
      await page.context().close()
    })

    it('the token route refuses a cross-site request', async () => {
      const response = await fetch(`${server.url}/api/widget-token`, {
        method: 'POST',
        headers: {
          origin: 'https://elsewhere.example',
          'sec-fetch-site': 'cross-site',
          'content-type': 'application/json',
        },
        body: '{}',
      })
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('access')
    })

    it('the session cookie is Secure once the app answers to a public host name', async () => {
      // Served over plain HTTP on 127.0.0.1 the cookie is not Secure (WebKit would drop it), so
      // the same request under the name a deployment answers to.
      const [cookie] = await tokenCookiesFor(server.url, 'bank-accounts.example')
      expect(cookie).toMatch(/^belvo_example_session=/)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*HttpOnly/i)
    })

    it("a failing token route shows the token_failed error with the route's own message", async () => {
      emulator.setFaults({ tokenFault: 500 })
      const page = await openPage(browser)
      try {
        await page.goto(`${server.url}/`)
        const button = page.getByRole('button', { name: BUTTON })
        await expect.poll(() => button.isEnabled()).toBe(true)
        await button.click()
        const alert = page.getByRole('alert').filter({ hasText: 'token_failed' })
        await alert.waitFor()
        // The route's own message, with its address and status, as the server package wrote it.
        expect(await alert.textContent()).toMatch(
          /token_failed.*\/api\/widget-token answered 5\d\d: belvo_\w+: .*Belvo/,
        )
        expect(await page.locator('#belvo').count()).toBe(0)
      } finally {
        emulator.setFaults({ tokenFault: 'none' })
        await page.context().close()
      }
    })

    it('an address the server cannot decode answers with a status, not a stack trace', async () => {
      const response = await fetch(`${server.url}/api/links/%E0%A4%A/accounts`)
      expect(response.status).toBeGreaterThanOrEqual(400)
      const body = await response.text()
      expect(body).not.toMatch(/URIError|\bat .*:\d+:\d+/)
      expect(body).not.toContain(fileURLToPath(example.root))
    })

    it("the server's log holds no secret key, after all of the above (errors included)", () => {
      const log = server.output()
      // The failing token route above was logged, so the log is the server's.
      expect(log).toContain('belvo_error')
      expect(log).not.toContain(SECRET_PASSWORD)
      expect(log).not.toContain(SECRET_ID)
    })
  })

  describe(`${example.name} example without its session secret`, () => {
    it('refuses to start, saying which variable to set', async () => {
      // Rather than start, and answer every visitor with a 500.
      const name = example.envNames?.sessionSecret ?? 'SESSION_SECRET'
      const outcome = await startExampleServer(example.root, { [name]: '' }, { timeoutMs: 30_000 })
        .then(async (started) => {
          await started.close()
          return 'it started'
        })
        .catch((error: Error) => error.message)
      expect(outcome).toMatch(
        new RegExp(`exited with code 1\\n[\\s\\S]*Set ${name} to 32 or more random characters`),
      )
    })
  })
}

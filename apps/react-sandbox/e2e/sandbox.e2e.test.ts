import { type DemoServer, startDemoServer } from '@belvo-widget/demo-server'
import {
  BELVO_MESSAGES,
  type RunningEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  startEmulator,
} from '@belvo-widget/emulator'
import { type Browser, chromium, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let emulator: RunningEmulator
let demo: DemoServer
let vite: ViteDevServer
let browser: Browser
let appUrl: string

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  demo = await startDemoServer({ port: 0, belvoEnv: emulator.url })
  // Vite reads VITE_* variables from the environment it starts in.
  process.env.VITE_DEMO_SERVER_URL = demo.url
  process.env.VITE_BELVO_SDK_SRC = emulator.scriptUrl
  // The dev server, not a build: StrictMode's double mount only happens in development.
  vite = await createServer({
    root: new URL('..', import.meta.url).pathname,
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  })
  await vite.listen()
  appUrl = vite.resolvedUrls!.local[0]!
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
  await vite?.close()
  await demo?.close()
  await emulator?.close()
})

/** Counts the SDK script and widget token requests a page makes. */
function watchRequests(page: Page) {
  page.setDefaultTimeout(10_000)
  const seen = { script: 0, token: 0 }
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('/belvo-widget-1-stable.js')) seen.script++
    if (url.pathname === '/api/widget-token' && request.method() === 'POST') seen.token++
  })
  return seen
}

/** Opens the widget and logs in to Erebor México with the given sandbox credentials. */
async function openAndLogIn(
  page: Page,
  { username, password }: { username: string; password: string },
) {
  await page.getByRole('button', { name: 'Add bank account' }).click()
  const widget = page.locator('#belvo').getByRole('dialog')
  await widget.getByRole('button', { name: 'Continue' }).click()
  await widget.getByRole('button', { name: new RegExp(EREBOR.displayName) }).click()
  await widget.getByLabel('Username').fill(username)
  await widget.getByLabel('Password').fill(password)
  await widget.getByRole('button', { name: 'Connect' }).click()
  return widget
}

describe('React sandbox in Chromium (StrictMode, dev server)', () => {
  it('links an account, shows its accounts, and loads the SDK script once', async () => {
    const page = await browser.newPage()
    const seen = watchRequests(page)
    await page.goto(appUrl)
    await openAndLogIn(page, SANDBOX_CREDENTIALS.success)

    await page.getByRole('heading', { name: `Linked ${EREBOR.code}` }).waitFor()
    const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')
    await accounts.first().waitFor()
    const rows = await accounts.allTextContents()
    expect(rows.length).toBeGreaterThan(0)
    // name, number and a formatted balance with its currency
    for (const row of rows) expect(row).toMatch(/\S+ .*[A-Z$€R]+\$?\s?[\d,.]+/)
    expect(await page.locator('#belvo').count()).toBe(0)

    expect(seen.script).toBe(1)
    expect(seen.token).toBe(1)
    await page.close()
  })

  it('on the component page (opens on mount), an exit shows the error the user met', async () => {
    const page = await browser.newPage()
    const seen = watchRequests(page)
    await page.goto(`${appUrl}#/component`)
    const widget = await openAndLogIn(page, SANDBOX_CREDENTIALS.invalidCredentials)
    await widget.getByRole('alert').waitFor()
    await widget.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Exit' }).click()

    const message = page.getByRole('status').filter({ hasText: 'You closed the widget' })
    await message.waitFor()
    expect(await message.textContent()).toContain(BELVO_MESSAGES.login_error.invalid_credentials)
    expect(await page.locator('#belvo').count()).toBe(0)
    // <BelvoWidget> opened in an effect that StrictMode ran twice: still one of each.
    expect(seen.script).toBe(1)
    expect(seen.token).toBe(1)
    await page.close()
  })

  it('shows a typed error when the SDK script cannot load', async () => {
    emulator.setFaults({ scriptFault: 'error' })
    const page = await browser.newPage()
    try {
      await page.goto(appUrl)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toContain('script_load_failed')
    } finally {
      emulator.setFaults({ scriptFault: 'none' })
      await page.close()
    }
  })
})

import { fileURLToPath } from 'node:url'
import { startDemoServer } from '@belvo-widget/demo-server'
import { startEmulator } from '@belvo-widget/emulator'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import { type Browser, chromium, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

// The whole flow on real parts: the emulator as Belvo, the demo server as "your backend",
// the sandbox served by Vite, driven in Debian's headless Chromium.
let emulator: Awaited<ReturnType<typeof startEmulator>>
let demo: Awaited<ReturnType<typeof startDemoServer>>
let vite: ViteDevServer
let browser: Browser
let page: Page
let appUrl: string

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  demo = await startDemoServer({ port: 0, belvoEnv: emulator.url })
  process.env.VITE_DEMO_SERVER_URL = demo.url
  process.env.VITE_BELVO_SDK_SRC = emulator.scriptUrl
  vite = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'error',
  })
  await vite.listen()
  appUrl = vite.resolvedUrls!.local[0]!
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

const sdkRequests: string[] = []
beforeEach(async () => {
  sdkRequests.length = 0
  page = await browser.newPage()
  page.on('request', (request) => {
    if (request.url().endsWith('/belvo-widget-1-stable.js')) sdkRequests.push(request.method())
  })
})
afterEach(() => page.close())

const dialog = () => page.getByRole('dialog')

describe('vanilla sandbox', () => {
  it('links an account and lists its accounts from the demo server', async () => {
    await page.goto(appUrl)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await dialog().getByRole('button', { name: 'Continue' }).click()
    await dialog()
      .getByRole('button', { name: /Erebor México/ })
      .click()
    const { username, password } = SANDBOX_CREDENTIALS.success
    await dialog().getByLabel('Username').fill(username)
    await dialog().getByLabel('Password').fill(password)
    await dialog().getByRole('button', { name: 'Connect' }).click()
    const done = dialog().getByRole('button', { name: 'Done' })
    if (await done.isVisible().catch(() => false)) await done.click()

    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked erebor_mx_retail')
    await expect.poll(() => page.locator('#accounts tr').count()).toBeGreaterThan(0)
    const linkId = await page.locator('#link-id').textContent()
    expect(linkId).toMatch(/^[0-9a-f-]{36}$/)
    // The overlay is gone and the preload plus the script tag fetched the SDK only once.
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(sdkRequests).toEqual(['GET'])
  })

  it('shows why the user left after a failed login', async () => {
    await page.goto(appUrl)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await dialog().getByRole('button', { name: 'Continue' }).click()
    await dialog()
      .getByRole('button', { name: /Erebor México/ })
      .click()
    const { username, password } = SANDBOX_CREDENTIALS.invalidCredentials
    await dialog().getByLabel('Username').fill(username)
    await dialog().getByLabel('Password').fill(password)
    await dialog().getByRole('button', { name: 'Connect' }).click()
    await dialog().getByRole('button', { name: 'Close' }).click()
    const exit = dialog().getByRole('button', { name: 'Exit', exact: true })
    if (await exit.isVisible().catch(() => false)) await exit.click()

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('You left the widget: Invalid credentials provided to login to the institution')
    expect(await page.locator('#belvo').count()).toBe(0)
  })

  it('shows the error when the SDK cannot load, and opens on the next click once it can', async () => {
    emulator.setFaults({ scriptFault: 'error' })
    try {
      await page.goto(appUrl)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(/^The widget could not open \(script_load_failed\)/)
    } finally {
      emulator.setFaults({ scriptFault: 'none' })
    }
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await dialog().waitFor()
    expect(await page.locator('script[src$="belvo-widget-1-stable.js"]').count()).toBe(1)
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDemoServer } from '@belvo-widget/demo-server'
import { BELVO_MESSAGES, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import { type Browser, chromium, type Page } from 'playwright-core'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let emulator: Awaited<ReturnType<typeof startEmulator>>
let demo: Awaited<ReturnType<typeof startDemoServer>>
let server: PreviewServer
let browser: Browser
let page: Page
let outDir: string
let url: string

// One emulator, demo server, app build and browser for the whole file.
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  demo = await startDemoServer({ port: 0, belvoEnv: emulator.url })
  outDir = await mkdtemp(join(tmpdir(), 'vue-sandbox-'))
  const config = {
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn' as const,
    define: {
      'import.meta.env.VITE_DEMO_SERVER_URL': JSON.stringify(demo.url),
      'import.meta.env.VITE_BELVO_SDK_SRC': JSON.stringify(emulator.scriptUrl),
    },
    build: { outDir, emptyOutDir: true },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  }
  await build(config)
  server = await preview(config)
  url = server.resolvedUrls!.local[0]!
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
  await server?.close()
  await demo?.close()
  await emulator?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

beforeEach(async () => {
  page = await (await browser.newContext()).newPage()
  // Fail on the step that hangs, with Playwright's message, well before the test timeout.
  page.setDefaultTimeout(10_000)
  page.on('pageerror', (error) => console.error('page error:', error))
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console:', message.text())
  })
  return () => page.context().close()
})

async function logIn(password: string) {
  const widget = page.locator('#belvo').getByRole('dialog')
  await widget.getByRole('button', { name: 'Continue' }).click()
  await widget.getByRole('button', { name: /Erebor México/ }).click()
  await widget.getByLabel('Username').fill(SANDBOX_CREDENTIALS.success.username)
  await widget.getByLabel('Password').fill(password)
  await widget.getByRole('button', { name: 'Connect' }).click()
}

describe.each([
  ['composable', '#/'],
  ['component', '#/component'],
])('the %s page', (_name, hash) => {
  it('links an account and shows its accounts', async () => {
    await page.goto(url + hash)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logIn(SANDBOX_CREDENTIALS.success.password)

    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Linked/ }).textContent())
      .toBe('Linked erebor_mx_retail')
    const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')
    await accounts.first().waitFor()
    expect(await accounts.count()).toBeGreaterThan(0)
    expect(await accounts.first().textContent()).toMatch(/·.*\d/)
    // The widget's overlay is gone.
    expect(await page.locator('#belvo').count()).toBe(0)
  })

  it('shows why the user left', async () => {
    await page.goto(url + hash)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logIn(SANDBOX_CREDENTIALS.invalidCredentials.password)
    const widget = page.locator('#belvo').getByRole('dialog')
    await widget.getByRole('alert').waitFor()
    await widget.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Exit' }).click()

    const status = page.getByRole('status').filter({ hasText: 'You left the widget' })
    await status.waitFor()
    expect(await status.textContent()).toContain(BELVO_MESSAGES.login_error.invalid_credentials)
  })
})

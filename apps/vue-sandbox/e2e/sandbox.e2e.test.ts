import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Backends,
  launchBrowser,
  leaveAfterLoginError,
  logInToInstitution,
  openPage,
  startBackends,
} from '@belvo-widget/e2e-kit'
import {
  expectAccessible,
  expectKeyboardOnly,
  expectPrefetchOnHover,
  expectSandboxLook,
  openAccessibly,
} from '@belvo-widget/e2e-kit/vitest'
import { BELVO_MESSAGES, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let backends: Backends
let server: PreviewServer
let browser: Browser
let page: Page
let outDir: string
let url: string

// One emulator, demo server, app build and browser for the whole file.
beforeAll(async () => {
  backends = await startBackends()
  outDir = await mkdtemp(join(tmpdir(), 'vue-sandbox-'))
  const config = {
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn' as const,
    define: {
      'import.meta.env.VITE_DEMO_SERVER_URL': JSON.stringify(backends.demo.url),
      'import.meta.env.VITE_BELVO_SDK_SRC': JSON.stringify(backends.emulator.scriptUrl),
    },
    build: { outDir, emptyOutDir: true },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  }
  await build(config)
  server = await preview(config)
  url = server.resolvedUrls!.local[0]!
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await backends?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

beforeEach(async () => {
  page = await openPage(browser)
  return () => page.context().close()
})

describe('the composable page', () => {
  it('works with the keyboard alone; focus and scrolling come back when the widget goes', async () => {
    await expectKeyboardOnly(page, `${url}#/`)
  })

  it('prefetches on hover: the click opens with one token and one script request', async () => {
    await expectPrefetchOnHover(page, `${url}#/`)
  })
})

describe.each([
  ['composable', '#/'],
  ['component', '#/component'],
])('the %s page', (_name, hash) => {
  it('links an account and shows its accounts', async () => {
    await page.goto(url + hash)
    await openAccessibly(page)
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)

    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Linked/ }).textContent())
      .toBe('Linked Erebor México')
    const rows = page.getByRole('table', { name: 'Accounts' }).locator('tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThan(0)
    const [name, , balance] = await rows.first().locator('td').allTextContents()
    expect(name).toBeTruthy()
    // Every sandbox formats money the same way: Intl.NumberFormat('en') with the currency symbol.
    expect(balance).toMatch(/^MX\$[\d,]+\.\d\d$/)
    await expectSandboxLook(page)
    // The widget's overlay is gone.
    expect(await page.locator('#belvo').count()).toBe(0)
    await expectAccessible(page)
  })

  it('shows why the user left', async () => {
    await page.goto(url + hash)
    // The live region is there, empty, before the outcome: a screen reader announces its text.
    await page.getByRole('button', { name: 'Add bank account' }).waitFor()
    expect(
      await page.evaluate(() => document.querySelector('[role="status"]')?.textContent?.trim()),
    ).toBe('')
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await leaveAfterLoginError(page, SANDBOX_CREDENTIALS.invalidCredentials)

    const status = page.getByRole('status').filter({ hasText: 'You left the widget' })
    await status.waitFor()
    expect(await status.textContent()).toContain(BELVO_MESSAGES.login_error.invalid_credentials)
  })
})

describe('a failing token route', () => {
  it("reads as the route's own message", async () => {
    backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await page.goto(url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toMatch(
        /The widget could not open \(token_failed\): token function failed: http:\/\/127\.0\.0\.1:\d+\/api\/widget-token answered 502: belvo_\w+: .*Belvo/,
      )
      expect(await alert.textContent()).not.toContain('[object Object]')
    } finally {
      backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})

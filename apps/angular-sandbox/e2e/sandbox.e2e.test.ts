import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  type Backends,
  launchBrowser,
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
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { serveStatic } from './static-server'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = fileURLToPath(new URL('../dist/browser', import.meta.url))
let backends: Backends
let app: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser
let page: Page

// One emulator, demo server, static server and browser for the whole file. The production
// build (turbo builds it first) is pointed at them through its runtime config.json.
beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    execFileSync('pnpm', ['exec', 'ng', 'build'], { cwd: root, stdio: 'inherit' })
  }
  backends = await startBackends()
  const { demo, emulator } = backends
  app = await serveStatic(dist, {
    '/config.json': { demoServerUrl: demo.url, sdkSrc: emulator.scriptUrl },
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await backends?.close()
})

beforeEach(async () => {
  page = await openPage(browser)
  return () => page.context().close()
})

describe('Angular sandbox', () => {
  it('works with the keyboard alone; focus and scrolling come back when the widget goes', async () => {
    await expectKeyboardOnly(page, app.url)
  })

  it('prefetchOnIntent: the click opens with one token and one script request, after hovers', async () => {
    await expectPrefetchOnHover(page, app.url)
  })
  it('links an account with the [belvoWidget] directive and lists its accounts', async () => {
    await page.goto(app.url)
    await openAccessibly(page)
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)

    // The widget's success screen shows first (its own heading), then the app's.
    await page.getByRole('heading', { level: 2, name: 'Linked Erebor México' }).waitFor()
    expect(await page.locator('#belvo').count()).toBe(0)
    const link = await page.getByTestId('link-id').textContent()
    expect(link).toMatch(/^[0-9a-f-]{36}$/)
    const rows = page.getByRole('table', { name: 'Accounts' }).locator('tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThan(0)
    const first = await rows.first().locator('td').allTextContents()
    expect(first[0]).toBeTruthy()
    // Every sandbox formats money the same way: Intl.NumberFormat('en') with the currency symbol.
    expect(first[2]).toMatch(/^MX\$[\d,]+\.\d\d$/)
    await expectSandboxLook(page)
    await expectAccessible(page)
  })

  it('shows why the user left, with injectBelvoWidget()', async () => {
    await page.goto(`${app.url}/inject`)
    const button = page.getByRole('button', { name: 'Add bank account' })
    // The live region is there, empty, before the outcome: a screen reader announces its text.
    await button.waitFor()
    expect(
      await page.evaluate(() => document.querySelector('[role="status"]')?.textContent?.trim()),
    ).toBe('')
    await button.click()
    const widget = await logInToInstitution(page, SANDBOX_CREDENTIALS.institutionDown)
    await widget.getByText(BELVO_MESSAGES.institution_down).first().waitFor()
    await widget.getByRole('button', { name: /close/i }).first().click()
    const confirm = widget.getByRole('button', { name: /exit|leave|yes/i })
    if (await confirm.count()) await confirm.first().click()

    await expect
      .poll(() => page.getByTestId('exit').textContent())
      .toBe(`You left the widget after an error: ${BELVO_MESSAGES.institution_down}`)
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(await button.isEnabled()).toBe(true)
  })

  it('shows "Opening…" while loading, then the error code and message when the script fails', async () => {
    backends.emulator.setFaults({ scriptFault: 'error', scriptLatencyMs: 500 })
    try {
      await page.goto(`${app.url}/inject`)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      const opening = page.getByRole('button', { name: 'Opening…' })
      await opening.waitFor()
      expect(await opening.isDisabled()).toBe(true)
      await expect
        .poll(() => page.getByTestId('error').textContent())
        .toMatch(/^\s*script_load_failed: \S*belvo-widget-1-stable\.js/)
    } finally {
      backends.emulator.setFaults({ scriptFault: 'none', scriptLatencyMs: 0 })
    }
  })

  it("reads the token route's own message when it fails", async () => {
    backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await page.goto(`${app.url}/inject`)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => page.getByTestId('error').textContent())
        // A production build: the route's own message, without core's development sentence.
        .toMatch(/^\s*token_failed: belvo_\w+: .*Belvo/)
      expect(await page.getByTestId('error').textContent()).not.toContain('[object Object]')
    } finally {
      backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})

import { logInToInstitution } from '@belvo-widget/e2e-kit'
import {
  expectAccessible,
  expectKeyboardOnly,
  expectSandboxLook,
  itReportsFailures,
  openAccessibly,
  useSandbox,
} from '@belvo-widget/e2e-kit/vitest'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import { describe, expect, it } from 'vitest'
import { startHtmlSandbox } from '../server.mjs'

// The page as a user writes it (no build step), served with the element's published build, in
// Debian's headless Chromium, Firefox and WebKit; the emulator is Belvo, the demo server "your backend".
const sandbox = useSandbox((backends) =>
  startHtmlSandbox({
    port: 0,
    demoServerUrl: backends.demo.url,
    sdkSrc: backends.emulator.scriptUrl,
  }),
)

describe('plain HTML sandbox', () => {
  it('works with the keyboard alone; focus and scrolling come back when the widget goes', async () => {
    await expectKeyboardOnly(sandbox.page, sandbox.app.url)
  })

  it('links an account with <belvo-widget token-url="/api/widget-token"> and lists its accounts', async () => {
    const errors: string[] = []
    sandbox.page.on(
      'console',
      (message) => message.type() === 'error' && errors.push(message.text()),
    )
    await sandbox.page.goto(sandbox.app.url)
    // The button prefetches on intent: the token and the script are asked for on hover.
    await sandbox.page.getByRole('button', { name: 'Add bank account' }).hover()
    await expect.poll(() => ({ ...sandbox.seen })).toEqual({ script: 1, token: 1 })
    await openAccessibly(sandbox.page)
    await logInToInstitution(sandbox.page, SANDBOX_CREDENTIALS.success)

    await expect
      .poll(() => sandbox.page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked Erebor México')
    await expect.poll(() => sandbox.page.locator('#accounts tr').count()).toBeGreaterThan(0)
    expect(await sandbox.page.locator('#link-id').textContent()).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sandbox.page.locator('belvo-widget').getAttribute('status')).toBe('success')
    expect(await sandbox.page.locator('#belvo').count()).toBe(0)
    expect(sandbox.seen).toEqual({ script: 1, token: 1 })
    // The shared look, and the credentials hint its server rendered from the emulator's table.
    await expectSandboxLook(sandbox.page)
    await expectAccessible(sandbox.page)
    // Not even a missing favicon.
    expect(errors).toEqual([])
  })

  itReportsFailures(sandbox, {
    // No bundler: the page loads core's production build.
    production: true,
    // The element reflects the failure for CSS.
    afterTokenFailure: async ({ page }) =>
      expect(await page.locator('belvo-widget').getAttribute('status')).toBe('error'),
  })
})

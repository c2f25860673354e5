import { leaveAfterLoginError, logInToInstitution } from '@belvo-widget/e2e-kit'
import { useSandbox } from '@belvo-widget/e2e-kit/vitest'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import { describe, expect, it } from 'vitest'
import { startHtmlSandbox } from '../server.mjs'

// The page as a user writes it (no build step), served with the element's published build, in
// Debian's headless Chromium; the emulator is Belvo, the demo server "your backend".
const sandbox = useSandbox((backends) =>
  startHtmlSandbox({
    port: 0,
    demoServerUrl: backends.demo.url,
    sdkSrc: backends.emulator.scriptUrl,
  }),
)

const dialog = () => sandbox.page.locator('#belvo').getByRole('dialog')

describe('plain HTML sandbox', () => {
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
    await sandbox.page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(sandbox.page, SANDBOX_CREDENTIALS.success)

    await expect
      .poll(() => sandbox.page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked Erebor México')
    await expect.poll(() => sandbox.page.locator('#accounts tr').count()).toBeGreaterThan(0)
    expect(await sandbox.page.locator('#link-id').textContent()).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sandbox.page.locator('belvo-widget').getAttribute('status')).toBe('success')
    expect(await sandbox.page.locator('#belvo').count()).toBe(0)
    expect(sandbox.seen).toEqual({ script: 1, token: 1 })
    // The shared look and the credentials hint the server rendered from the emulator's table.
    expect(await sandbox.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(246, 247, 251)',
    )
    expect(await sandbox.page.getByRole('complementary').textContent()).toContain(
      SANDBOX_CREDENTIALS.accountLocked.password,
    )
    // Not even a missing favicon.
    expect(errors).toEqual([])
  })

  it('shows why the user left after a failed login', async () => {
    await sandbox.page.goto(sandbox.app.url)
    await sandbox.page.getByRole('button', { name: 'Add bank account' }).click()
    await leaveAfterLoginError(sandbox.page, SANDBOX_CREDENTIALS.invalidCredentials)

    await expect
      .poll(() => sandbox.page.getByRole('status').textContent())
      .toBe('You left the widget: Invalid credentials provided to login to the institution')
    expect(await sandbox.page.locator('#belvo').count()).toBe(0)
  })

  it('shows the typed error when the SDK cannot load, and opens on the next click once it can', async () => {
    sandbox.backends.emulator.setFaults({ scriptFault: 'error' })
    try {
      await sandbox.page.goto(sandbox.app.url)
      await sandbox.page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => sandbox.page.getByRole('status').textContent())
        .toMatch(/^The widget could not open \(script_load_failed\)/)
    } finally {
      sandbox.backends.emulator.setFaults({ scriptFault: 'none' })
    }
    await sandbox.page.getByRole('button', { name: 'Add bank account' }).click()
    await dialog().waitFor()
  })

  it("reads the token route's own message when it fails", async () => {
    sandbox.backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await sandbox.page.goto(sandbox.app.url)
      await sandbox.page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(() => sandbox.page.getByRole('status').textContent())
        .toMatch(
          /^The widget could not open \(token_failed\): token function failed: http:\/\/127\.0\.0\.1:\d+\/api\/widget-token answered 502: belvo_\w+: .*Belvo/,
        )
      expect(await sandbox.page.locator('belvo-widget').getAttribute('status')).toBe('error')
    } finally {
      sandbox.backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})

import { leaveAfterLoginError, logInToInstitution, startDevServer } from '@belvo-widget/e2e-kit'
import { useSandbox } from '@belvo-widget/e2e-kit/vitest'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import { describe, expect, it } from 'vitest'

// The whole flow on real parts: the emulator as Belvo, the demo server as "your backend",
// the sandbox served by Vite, driven in Debian's headless Chromium.
const sandbox = useSandbox((backends) => startDevServer(new URL('..', import.meta.url), backends))

const dialog = () => sandbox.page.getByRole('dialog')

describe('vanilla sandbox', () => {
  it('links an account and lists its accounts from the demo server', async () => {
    await sandbox.page.goto(sandbox.app.url)
    await sandbox.page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(sandbox.page, SANDBOX_CREDENTIALS.success)
    const done = dialog().getByRole('button', { name: 'Done' })
    if (await done.isVisible().catch(() => false)) await done.click()

    await expect
      .poll(() => sandbox.page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Linked Erebor México')
    await expect.poll(() => sandbox.page.locator('#accounts tr').count()).toBeGreaterThan(0)
    const linkId = await sandbox.page.locator('#link-id').textContent()
    expect(linkId).toMatch(/^[0-9a-f-]{36}$/)
    // The overlay is gone and the preload plus the script tag fetched the SDK only once.
    expect(await sandbox.page.locator('#belvo').count()).toBe(0)
    expect(sandbox.seen.script).toBe(1)
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

  it('shows the error when the SDK cannot load, and opens on the next click once it can', async () => {
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
    expect(await sandbox.page.locator('script[src$="belvo-widget-1-stable.js"]').count()).toBe(1)
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
      expect(await sandbox.page.getByRole('status').textContent()).not.toContain('[object Object]')
    } finally {
      sandbox.backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})

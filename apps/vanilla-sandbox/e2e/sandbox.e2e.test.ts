import { engineName, logInToInstitution, startDevServer } from '@belvo-widget/e2e-kit'
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

// The whole flow on real parts: the emulator as Belvo, the demo server as "your backend",
// the sandbox served by Vite, driven in Debian's Chromium, Firefox ESR and WebKitGTK.
const sandbox = useSandbox((backends) => startDevServer(new URL('..', import.meta.url), backends))

const dialog = () => sandbox.page.getByRole('dialog')

describe(`vanilla sandbox in ${engineName()}`, () => {
  it('works with the keyboard alone; focus and scrolling come back when the widget goes', async () => {
    await expectKeyboardOnly(sandbox.page, sandbox.app.url)
  })

  it('links an account and lists its accounts from the demo server', async () => {
    await sandbox.page.goto(sandbox.app.url)
    // The button prefetches on intent: the token and the script are asked for on hover.
    await sandbox.page.getByRole('button', { name: 'Add bank account' }).hover()
    await expect.poll(() => ({ ...sandbox.seen })).toEqual({ script: 1, token: 1 })
    await openAccessibly(sandbox.page)
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
    expect(sandbox.seen).toEqual({ script: 1, token: 1 })
    // The sandboxes' one look, and the credentials hint from the emulator's table.
    await expectSandboxLook(sandbox.page)
    await expectAccessible(sandbox.page)
  })

  itReportsFailures(sandbox)
})

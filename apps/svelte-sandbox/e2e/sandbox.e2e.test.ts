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

// The Svelte app on Vite's dev server (Svelte's compiler, real), driven in Debian's Chromium,
// Firefox ESR and WebKitGTK; the emulator is Belvo, the demo server "your backend".
const sandbox = useSandbox((backends) => startDevServer(new URL('..', import.meta.url), backends))

describe(`Svelte sandbox in ${engineName()}`, () => {
  it('works with the keyboard alone; focus and scrolling come back when the widget goes', async () => {
    await expectKeyboardOnly(sandbox.page, sandbox.app.url)
  })

  it('links an account through <belvo-widget> with Svelte props and onbelvo-* handlers', async () => {
    await sandbox.page.goto(sandbox.app.url)
    // Svelte set country_codes as a property: the element reflects it to its attribute.
    await expect
      .poll(() => sandbox.page.locator('belvo-widget').getAttribute('country-codes'))
      .toBe('MX,CO,BR')
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
    expect(await sandbox.page.locator('#belvo').count()).toBe(0)
    expect(sandbox.seen).toEqual({ script: 1, token: 1 })
    // The sandboxes' one look, and the credentials hint from the emulator's table.
    await expectSandboxLook(sandbox.page)
    await expectAccessible(sandbox.page)
  })

  itReportsFailures(sandbox)
})

import type { SandboxCredential } from '@belvo-widget/emulator'
import { exitWidget, runWalk } from '@belvo-widget/emulator/playwright'
import { loginWalk } from '@belvo-widget/emulator/testing'
import type { Locator, Page } from 'playwright-core'

/** The widget's dialog in `#belvo`, where the served SDK renders it. */
export const widgetDialog = (page: Page): Locator => page.locator('#belvo').getByRole('dialog')

/** Options of {@link logInToInstitution}. */
export interface LogInOptions {
  /** The institution's code or display name. Default `'erebor_mx_retail'` (Erebor México). */
  institution?: string
  /** Label of the username field, when not the institution's own (`'Username'`, `'CPF'`, `'RFC'`…). */
  usernameLabel?: string
  /** The widget's dialog. Default: the dialog in `#belvo`, where the served SDK renders. */
  widget?: Locator
}

/**
 * Walks the emulated widget (English locale) from its first screen: Continue, the institution,
 * then its login form filled with one of the emulator's `SANDBOX_CREDENTIALS`, and the MFA code
 * when that row asks for one: the emulator's own `loginWalk()`, run with Playwright. Returns the
 * widget's dialog, which then shows the row's outcome.
 *
 * @example
 * ```ts
 * await page.getByRole('button', { name: 'Add bank account' }).click()
 * const widget = await logInToInstitution(page, SANDBOX_CREDENTIALS.invalidCredentials)
 * await widget.getByRole('alert').waitFor()
 * ```
 */
export async function logInToInstitution(
  page: Page,
  credentials: SandboxCredential,
  options: LogInOptions = {},
): Promise<Locator> {
  const { institution, usernameLabel, widget = widgetDialog(page) } = options
  const steps = loginWalk(credentials, { institution }).map((step) =>
    usernameLabel && step.kind === 'fill' && step.input === 'username'
      ? { ...step, label: usernameLabel }
      : step,
  )
  await runWalk(widget, steps)
  return widget
}

/**
 * Logs in with credentials that fail (a `SANDBOX_CREDENTIALS` row ending in an error), waits
 * until the widget shows the error, then closes the widget, confirming the exit when it asks.
 * The page then shows whatever the app does with `onExit`.
 *
 * @example
 * ```ts
 * await page.getByRole('button', { name: 'Add bank account' }).click()
 * await leaveAfterLoginError(page, SANDBOX_CREDENTIALS.invalidCredentials)
 * ```
 */
export async function leaveAfterLoginError(
  page: Page,
  credentials: SandboxCredential,
  options: LogInOptions = {},
): Promise<void> {
  const widget = await logInToInstitution(page, credentials, options)
  // Closing before the error shows would leave with no error to report.
  await widget.getByRole('alert').waitFor()
  // Close, and Exit when the widget asks (show_close_dialog, Belvo's default).
  await exitWidget(page)
}

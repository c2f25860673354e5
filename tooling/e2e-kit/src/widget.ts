import type { SandboxCredential } from '@belvo-widget/emulator'
import type { Locator, Page } from 'playwright-core'

/** Options of {@link logInToInstitution}. */
export interface LogInOptions {
  /** The institution's name in the widget's list. Default `'Erebor México'` (`erebor_mx_retail`). */
  institution?: string
  /**
   * Label of the username field, which depends on the institution: `'Username'` (the default),
   * `'Document number'`, `'CPF'` or `'RFC'`.
   */
  usernameLabel?: string | RegExp
  /** The widget's dialog. Default: the dialog in `#belvo`, where the served SDK renders. */
  widget?: Locator
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Walks the emulated widget (English locale) from its first screen: Continue, the institution,
 * then its login form filled with one of the emulator's `SANDBOX_CREDENTIALS`, and the MFA code
 * when that row asks for one. Returns the widget's dialog, which then shows the row's outcome.
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
  const {
    institution = 'Erebor México',
    usernameLabel = 'Username',
    widget = page.locator('#belvo').getByRole('dialog'),
  } = options
  await widget.getByRole('button', { name: 'Continue' }).click()
  await widget.getByRole('button', { name: new RegExp(escapeRegExp(institution)) }).click()
  await widget.getByLabel(usernameLabel).fill(credentials.username)
  await widget.getByLabel('Password').fill(credentials.password)
  await widget.getByRole('button', { name: 'Connect' }).click()
  if (credentials.outcome.kind === 'mfa') {
    await widget.getByLabel('Verification code').fill(credentials.outcome.token)
    await widget.getByRole('button', { name: 'Verify' }).click()
  }
  return widget
}

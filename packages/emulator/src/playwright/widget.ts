// Finding and driving the emulated widget in a Playwright page, wherever the app opens it.
import type { Frame, Locator, Page } from '@playwright/test'
import { SANDBOX_CREDENTIALS, type SandboxCredentialName } from '../sandbox/credentials.ts'
import { loginWalk, type WalkStep } from '../sdk/login-walk.ts'
import type { WidgetLocale } from '../sdk/strings.ts'
import { ATTR } from '../sdk/widget.dom.ts'

/** Where a helper looks for the widget, and how long it waits for each step. */
export interface WidgetOptions {
  /** The widget's locale (its labels). Default `'en'`. */
  locale?: WidgetLocale
  /** How long to wait for the widget to appear, ms. Default 10 000. */
  timeout?: number
}

/** Options of {@link linkAccount}. */
export interface LinkAccountOptions extends WidgetOptions {
  /** Institution code or display name. Default `'erebor_mx_retail'` (Erebor México). */
  institution?: string
  /** Default `SANDBOX_CREDENTIALS.success`'s (`bnk100`). */
  username?: string
  /** Default `'full'` (links at once); `'mfa'` asks for the code, which is then entered. */
  password?: string
}

/** Options of {@link failLogin}. */
export interface FailLoginOptions extends WidgetOptions {
  /** Institution code or display name. Default `'erebor_mx_retail'`. */
  institution?: string
  /** Which failure, a row of `SANDBOX_CREDENTIALS` that ends in an error. Default `'invalidCredentials'`. */
  error?: Exclude<SandboxCredentialName, 'success' | 'mfa'>
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The widget in `frame`, if it shows there now: the SDK's dialog in `#belvo`, or the hosted page. */
async function widgetIn(frame: Frame): Promise<Locator | undefined> {
  const dialog = frame.locator('#belvo').getByRole('dialog').first()
  if (await dialog.isVisible().catch(() => false)) return dialog
  const url = frame.url()
  if (/[?&]access_token=/.test(url)) {
    const body = frame.locator('body')
    if (
      await body
        .getByRole('button')
        .first()
        .isVisible()
        .catch(() => false)
    )
      return body
  }
  return undefined
}

/**
 * The emulated widget, wherever the app opened it: its dialog in `#belvo` in the page or in any
 * iframe (open shadow roots included), or the hosted widget page (`?access_token=…`) in the
 * page or an iframe. Waits up to `timeout` for it to show. The locator is `expect`-friendly.
 *
 * @example
 * ```ts
 * await page.getByRole('button', { name: 'Link account' }).click()
 * await expect(await belvoWidget(page)).toBeVisible()
 * ```
 */
export async function belvoWidget(page: Page, options: WidgetOptions = {}): Promise<Locator> {
  return (await findWidget(page, options)).widget
}

async function findWidget(page: Page, { timeout = 10_000 }: WidgetOptions = {}) {
  const deadline = Date.now() + timeout
  for (;;) {
    for (const frame of page.frames()) {
      const widget = await widgetIn(frame)
      if (widget) return { frame, widget, hosted: !(await isInBelvo(widget)) }
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No Belvo widget showed within ${timeout} ms: open it first (click your app's button), and check the page loads the SDK from the emulator (its scriptUrl) with a token from the emulator.`,
      )
    }
    await page.waitForTimeout(100)
  }
}

const isInBelvo = (widget: Locator) => widget.evaluate((el) => !!el.closest('#belvo'))

/** Runs the emulator's walk steps in `widget`: buttons by accessible name, fields by label. */
export async function runWalk(widget: Locator, steps: readonly WalkStep[]): Promise<void> {
  for (const step of steps) {
    if (step.kind === 'fill') await widget.getByLabel(step.label).fill(step.value)
    else {
      const name = step.kind === 'choose' ? new RegExp(escapeRegExp(step.label)) : step.label
      await widget.getByRole('button', { name }).click()
    }
  }
}

function credentialsFor(username: string, password: string) {
  const row = Object.values(SANDBOX_CREDENTIALS).find(
    (c) => c.username === username && c.password === password,
  )
  // Any other pair is what the emulator answers with invalid credentials.
  return row ?? { username, password, outcome: { kind: 'success' as const } }
}

/**
 * Links an account in the open widget: Continue, the institution, its login form with
 * `username`/`password` (the sandbox's success row by default), and the MFA code when those
 * credentials ask for one. Resolves once the widget shows the link made (its success screen, or
 * closed by the app's callback; on the hosted page, the redirect to the success URL). The
 * widget calls the app back right then: assert on what the app shows with `expect`.
 *
 * @example
 * ```ts
 * await page.getByRole('button', { name: 'Link account' }).click()
 * await linkAccount(page, { institution: 'erebor_br_retail', username: '123.456.789-00', password: 'full' })
 * await expect(page.getByText('Account linked')).toBeVisible()
 * ```
 */
export async function linkAccount(page: Page, options: LinkAccountOptions = {}): Promise<void> {
  const { username = SANDBOX_CREDENTIALS.success.username, password = 'full' } = options
  const { frame, widget, hosted } = await findWidget(page, options)
  const credentials = credentialsFor(username, password)
  await runWalk(
    widget,
    loginWalk(credentials, { institution: options.institution, locale: options.locale }),
  )
  if (credentials.outcome.kind === 'error') {
    throw new Error(
      `linkAccount: ${username}/${password} is the sandbox's "${credentials.outcome.code}" row; use failLogin(page, { error }) for a failed login.`,
    )
  }
  // The widget shows its success screen and calls the app back (which may close it); the
  // hosted page redirects to the app's success URL.
  const timeout = options.timeout ?? 10_000
  if (hosted) await frame.waitForURL((url) => !url.searchParams.has('access_token'), { timeout })
  else {
    await frame
      .locator(`#belvo [${ATTR.screen}="success"]`)
      .waitFor({ timeout })
      .catch(async (error: unknown) => {
        if (await widget.count()) throw error
      })
  }
}

/**
 * Logs in with credentials that fail (`error`, default `'invalidCredentials'`) and waits for
 * the widget's error alert, which it returns; the widget stays open (see {@link exitWidget}).
 *
 * @example
 * ```ts
 * const alert = await failLogin(page, { error: 'accountLocked' })
 * await expect(alert).toContainText('locked')
 * await exitWidget(page)
 * ```
 */
export async function failLogin(page: Page, options: FailLoginOptions = {}): Promise<Locator> {
  const credentials = SANDBOX_CREDENTIALS[options.error ?? 'invalidCredentials']
  if (credentials.outcome.kind !== 'error') {
    throw new Error(`failLogin: "${options.error}" is not a sandbox row that fails.`)
  }
  const widget = await belvoWidget(page, options)
  await runWalk(
    widget,
    loginWalk(credentials, { institution: options.institution, locale: options.locale }),
  )
  const alert = widget.getByRole('alert')
  await alert.waitFor()
  return alert
}

const EXIT_LABELS: Record<WidgetLocale, { close: string; exit: string }> = {
  en: { close: 'Close', exit: 'Exit' },
  es: { close: 'Cerrar', exit: 'Salir' },
  pt: { close: 'Fechar', exit: 'Sair' },
}

/**
 * Closes the widget the way a user does: its Close button, then Exit when the widget asks
 * (Belvo's default `show_close_dialog`). Resolves once the widget is gone, so the app's
 * `onExit` has run.
 */
export async function exitWidget(page: Page, options: WidgetOptions = {}): Promise<void> {
  const labels = EXIT_LABELS[options.locale ?? 'en']
  const { frame, widget, hosted } = await findWidget(page, options)
  await widget.getByRole('button', { name: labels.close, exact: true }).first().click()
  const confirm = frame
    .getByRole('alertdialog')
    .getByRole('button', { name: labels.exit, exact: true })
  if (hosted) {
    // The hosted page asks, then redirects to the app's exit URL (via its survey at the start).
    await confirm.click()
    return
  }
  const gone = widget.waitFor({ state: 'detached', timeout: options.timeout ?? 10_000 })
  await Promise.race([confirm.click().catch(() => {}), gone.catch(() => {})])
  await gone
}

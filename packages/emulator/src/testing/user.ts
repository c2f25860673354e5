import type { SandboxCredential } from '../sandbox/credentials.ts'
import { type LoginWalkOptions, loginWalk, type WalkStep, walkSteps } from '../sdk/login-walk.ts'
import { listedInstitutions, selectors, type WidgetAction } from '../sdk/widget.dom.ts'
import type { Widget } from '../sdk/widget.ts'

/** Drives the rendered widget through its own buttons and inputs, as a person would. */
export interface EmulatorUser {
  /**
   * Picks an institution, pressing "Continue" on the welcome screen, accepting the consent
   * (Brazil Open Finance) or pressing "Back" on a login form first when one shows.
   */
  chooseInstitution(code: string): Promise<void>
  /** Fills the login form and submits it; resolves once the emulator answered. */
  login(username: string, password: string): Promise<void>
  /** Fills the MFA code and submits it. */
  submitMfa(token: string): Promise<void>
  /**
   * The whole walk for one row of `SANDBOX_CREDENTIALS` (the same steps the Playwright and
   * Storybook helpers take): to the institution, its login form and the MFA code if asked.
   * The first screen is read from the widget, so `from` is not needed.
   */
  logInToInstitution(
    credentials: SandboxCredential,
    options?: Omit<LoginWalkOptions, 'from' | 'locale'>,
  ): Promise<void>
  /** Presses the close button, confirms the close dialog and skips the survey if they show. */
  close(): Promise<void>
  /** Leaves from the first screen through the abandon survey (answers it when it shows). */
  abandon(): Promise<void>
}

type DriverError = (
  code: 'NO_WIDGET' | 'WRONG_SCREEN' | 'UNKNOWN_INSTITUTION',
  message: string,
) => Error

interface DriverDeps {
  latest: () => Widget | undefined
  waitForBuild: () => Promise<void>
  error: DriverError
}

export function createUserDriver({ latest, waitForBuild, error }: DriverDeps): EmulatorUser {
  const current = async (): Promise<Widget> => {
    if (!latest()) await waitForBuild()
    const widget = latest()!
    await widget.settled()
    return widget
  }

  const shows = (widget: Widget) => widget.currentPage ?? 'its loading screen'

  const find = <T extends HTMLElement>(widget: Widget, selector: string): T | null =>
    widget.root.querySelector<T>(selector)

  const has = (widget: Widget, action: WidgetAction) => !!find(widget, selectors.action(action))

  /** Runs one walk step on the widget's DOM, through its data-* selectors. */
  const run = async (widget: Widget, step: WalkStep) => {
    const el = find<HTMLElement>(widget, step.selector)
    if (!el) {
      if (step.kind === 'choose') {
        const offered = listedInstitutions(widget.root)
        throw error(
          'UNKNOWN_INSTITUTION',
          `"${step.institution}" is not in the list. The widget offers: ${offered.join(', ') || 'nothing'} ` +
            '(check country_codes, institutions, institution_types and resources).',
        )
      }
      throw error('WRONG_SCREEN', `Cannot use "${step.label}": the widget shows ${shows(widget)}.`)
    }
    if (step.kind === 'fill') {
      const input = el as HTMLInputElement
      const win = input.ownerDocument.defaultView!
      input.focus()
      input.value = step.value
      input.dispatchEvent(new win.Event('input', { bubbles: true }))
      input.dispatchEvent(new win.Event('change', { bubbles: true }))
      return
    }
    el.click()
    await widget.settled()
  }

  const runAll = async (widget: Widget, steps: WalkStep[]) => {
    for (const step of steps) await run(widget, step)
  }

  const expectPage = (widget: Widget, page: string, action: string) => {
    if (widget.currentPage !== page) {
      throw error(
        'WRONG_SCREEN',
        `${action} needs the ${page} screen, but the widget shows ${shows(widget)}.`,
      )
    }
  }

  /** From the first screen to the list, whatever the first screen is. */
  const toList = async (widget: Widget) => {
    if (widget.currentPage === '/welcome') await runAll(widget, walkSteps.open('welcome'))
    else if (widget.currentPage === '/consent') await runAll(widget, walkSteps.open('consent'))
    else if (widget.currentPage === '/credentials' && has(widget, 'back')) {
      await runAll(widget, walkSteps.back())
    }
  }

  const leave = async (widget: Widget, answerSurvey: boolean) => {
    await press(widget, 'close', 'close the widget')
    if (has(widget, 'confirm-exit')) await press(widget, 'confirm-exit', 'confirm the exit')
    if (widget.currentPage === '/abandon-survey') {
      if (answerSurvey) {
        find<HTMLInputElement>(widget, selectors.input('reason'))?.click()
        await press(widget, 'survey-submit', 'answer the survey')
      } else {
        await press(widget, 'survey-skip', 'skip the survey')
      }
    }
  }

  const press = async (widget: Widget, action: WidgetAction, what: string) => {
    const el = find<HTMLElement>(widget, selectors.action(action))
    if (!el) throw error('WRONG_SCREEN', `Cannot ${what}: the widget shows ${shows(widget)}.`)
    el.click()
    await widget.settled()
  }

  return {
    async chooseInstitution(code) {
      const widget = await current()
      await toList(widget)
      expectPage(widget, '/institutions', 'chooseInstitution')
      await runAll(widget, [
        { kind: 'choose', institution: code, label: code, selector: selectors.institution(code) },
      ])
    },
    async login(username, password) {
      const widget = await current()
      expectPage(widget, '/credentials', 'login')
      await runAll(widget, walkSteps.logIn(username, password))
    },
    async submitMfa(token) {
      const widget = await current()
      expectPage(widget, '/mfa', 'submitMfa')
      await runAll(widget, walkSteps.mfa(token))
    },
    async logInToInstitution(credentials, options = {}) {
      const widget = await current()
      const from =
        widget.currentPage === '/consent'
          ? 'consent'
          : widget.currentPage === '/institutions'
            ? 'list'
            : widget.currentPage === '/credentials'
              ? 'login'
              : 'welcome'
      await runAll(widget, loginWalk(credentials, { ...options, from }))
    },
    async close() {
      const widget = await current()
      if (widget.currentPage === '/success') {
        await press(widget, 'done', 'finish')
        return
      }
      await leave(widget, false)
    },
    async abandon() {
      const widget = await current()
      if (!widget.isOnFirstScreen) {
        throw error(
          'WRONG_SCREEN',
          `abandon leaves from the first screen, but the widget shows ${shows(widget)}.`,
        )
      }
      await leave(widget, true)
    },
  }
}

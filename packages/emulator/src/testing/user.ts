import type { Widget } from '../sdk/widget.ts'

/** Drives the rendered widget through its own buttons and inputs, as a person would. */
export interface EmulatorUser {
  /**
   * Picks an institution, pressing "Continue" on the welcome screen or "Back" on a login
   * form first when one shows.
   */
  chooseInstitution(code: string): Promise<void>
  /** Fills the login form and submits it; resolves once the emulator answered. */
  login(username: string, password: string): Promise<void>
  /** Fills the MFA code and submits it. */
  submitMfa(token: string): Promise<void>
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

  const find = <T extends HTMLElement>(widget: Widget, selector: string): T | null =>
    widget.root.querySelector<T>(selector)

  const press = async (widget: Widget, selector: string, what: string) => {
    const el = find<HTMLElement>(widget, selector)
    if (!el) {
      throw error(
        'WRONG_SCREEN',
        `Cannot ${what}: the widget shows ${widget.currentPage ?? 'its loading screen'}.`,
      )
    }
    el.click()
    await widget.settled()
  }

  const fill = (widget: Widget, name: string, value: string) => {
    const input = find<HTMLInputElement>(widget, `[data-bw-input="${name}"]`)!
    input.focus()
    input.value = value
    input.dispatchEvent(new input.ownerDocument.defaultView!.Event('input', { bubbles: true }))
    input.dispatchEvent(new input.ownerDocument.defaultView!.Event('change', { bubbles: true }))
  }

  const expectPage = (widget: Widget, page: string, action: string) => {
    if (widget.currentPage !== page) {
      throw error(
        'WRONG_SCREEN',
        `${action} needs the ${page} screen, but the widget shows ${widget.currentPage ?? 'its loading screen'}.`,
      )
    }
  }

  const leave = async (widget: Widget, answerSurvey: boolean) => {
    await press(widget, '[data-bw-action="close"]', 'close the widget')
    if (find(widget, '[data-bw-action="confirm-exit"]')) {
      await press(widget, '[data-bw-action="confirm-exit"]', 'confirm the exit')
    }
    if (widget.currentPage === '/abandon-survey') {
      if (answerSurvey) {
        find<HTMLInputElement>(widget, '[data-bw-input="reason"]')?.click()
        await press(widget, '[data-bw-action="survey-submit"]', 'answer the survey')
      } else {
        await press(widget, '[data-bw-action="survey-skip"]', 'skip the survey')
      }
    }
  }

  return {
    async chooseInstitution(code) {
      const widget = await current()
      if (widget.currentPage === '/welcome') {
        await press(widget, '[data-bw-action="continue"]', 'continue')
      } else if (widget.currentPage === '/credentials' && find(widget, '[data-bw-action="back"]')) {
        await press(widget, '[data-bw-action="back"]', 'go back to the list')
      }
      expectPage(widget, '/institutions', 'chooseInstitution')
      const button = find(widget, `[data-bw-institution="${code.replace(/["\\]/g, '\\$&')}"]`)
      if (!button) {
        const offered = Array.from(widget.root.querySelectorAll('[data-bw-institution]'), (el) =>
          el.getAttribute('data-bw-institution'),
        )
        throw error(
          'UNKNOWN_INSTITUTION',
          `"${code}" is not in the list. The widget offers: ${offered.join(', ') || 'nothing'} ` +
            '(check country_codes, institutions, institution_types and resources).',
        )
      }
      button.click()
      await widget.settled()
    },
    async login(username, password) {
      const widget = await current()
      expectPage(widget, '/credentials', 'login')
      fill(widget, 'username', username)
      fill(widget, 'password', password)
      await press(widget, '[data-bw-action="login"]', 'submit the login form')
    },
    async submitMfa(token) {
      const widget = await current()
      expectPage(widget, '/mfa', 'submitMfa')
      fill(widget, 'token', token)
      await press(widget, '[data-bw-action="mfa"]', 'submit the MFA code')
    },
    async close() {
      const widget = await current()
      if (widget.currentPage === '/success') {
        await press(widget, '[data-bw-action="done"]', 'finish')
        return
      }
      await leave(widget, false)
    },
    async abandon() {
      const widget = await current()
      if (!widget.isOnFirstScreen) {
        throw error(
          'WRONG_SCREEN',
          `abandon leaves from the first screen, but the widget shows ${widget.currentPage ?? 'its loading screen'}.`,
        )
      }
      await leave(widget, true)
    },
  }
}

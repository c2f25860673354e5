import {
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  type SandboxCredentialName,
} from '@belvo-widget/emulator/testing'
import { expect, userEvent, waitFor, within } from 'storybook/test'

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail

/**
 * Queries over the whole page: the widget renders in `#belvo`, outside the story's canvas.
 * Resolves once its dialog is on screen.
 */
export async function findWidget(): Promise<ReturnType<typeof within>> {
  const page = within(document.body)
  await page.findByRole('dialog', {}, { timeout: 5000 })
  return page
}

/** The spies a play function checks: the directive's outputs or the options' callbacks. */
export interface OutcomeSpies {
  success: unknown
  exit: unknown
  event: unknown
  /** The arguments `success` receives for a link to `institution`. */
  linked: (institution: string) => unknown[]
}

interface PlayContext<Args> {
  canvasElement: HTMLElement
  args: Args
}

/**
 * Links Erebor México with one entry of the emulator's credentials table, through the widget's
 * own buttons and fields, then checks what was reported and what the page shows.
 */
export const playOutcome =
  <Args>(name: SandboxCredentialName, spies: (args: Args) => OutcomeSpies) =>
  async ({ canvasElement, args }: PlayContext<Args>) => {
    const { success, exit, event, linked } = spies(args)
    const canvas = within(canvasElement)
    const { username, password, outcome } = SANDBOX_CREDENTIALS[name]
    await userEvent.click(await canvas.findByRole('button', { name: 'Add bank account' }))
    const widget = await findWidget()
    await userEvent.click(await widget.findByRole('button', { name: 'Continue' }))
    await userEvent.click(
      await widget.findByRole('button', { name: new RegExp(EREBOR.displayName) }),
    )
    await userEvent.type(await widget.findByLabelText('Username'), username)
    await userEvent.type(widget.getByLabelText('Password'), password)
    await userEvent.click(widget.getByRole('button', { name: 'Connect' }))
    if (outcome.kind === 'mfa') {
      await userEvent.type(await widget.findByLabelText('Verification code'), outcome.token)
      await userEvent.click(widget.getByRole('button', { name: 'Verify' }))
    }
    if (outcome.kind === 'error') {
      await widget.findByRole('alert')
      await expect(event).toHaveBeenCalledWith(
        expect.objectContaining({
          eventName: 'ERROR',
          meta_data: expect.objectContaining({ error_code: outcome.code }),
        }),
      )
      await userEvent.click(widget.getByRole('button', { name: 'Close' }))
      await widget.findByRole('alertdialog')
      await userEvent.click(widget.getByRole('button', { name: 'Exit' }))
      await waitFor(() =>
        expect(exit).toHaveBeenCalledWith(
          expect.objectContaining({
            last_encountered_error: { code: outcome.code, message: outcome.message },
          }),
        ),
      )
      await canvas.findByText(new RegExp(`You closed the widget after ${outcome.code}`))
      await expect(success).not.toHaveBeenCalled()
    } else {
      await waitFor(() => expect(success).toHaveBeenCalledWith(...linked(EREBOR.code)))
      await canvas.findByText(new RegExp(`Linked ${EREBOR.code}`))
      await expect(exit).not.toHaveBeenCalled()
    }
    await expect(document.getElementById('belvo')).toBeNull()
  }

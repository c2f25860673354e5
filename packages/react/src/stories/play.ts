import {
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  type SandboxCredentialName,
} from '@belvo-widget/emulator/testing'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { BelvoWidgetOptions } from '../index.ts'

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail

/**
 * Queries over the whole page: the widget renders in `#belvo`, outside the story's canvas, and
 * redraws its dialog on every screen. Resolves once the dialog is on screen.
 */
export async function findWidget(): Promise<ReturnType<typeof within>> {
  const page = within(document.body)
  await page.findByRole('dialog', {}, { timeout: 5000 })
  return page
}

interface PlayContext {
  canvasElement: HTMLElement
  args: BelvoWidgetOptions
}

/**
 * Links Erebor México with one entry of the emulator's credentials table, through the
 * widget's own buttons and fields, and checks the callback and what the page shows.
 */
export const playOutcome =
  (name: SandboxCredentialName) =>
  async ({ canvasElement, args }: PlayContext) => {
    const canvas = within(canvasElement)
    const { username, password, outcome } = SANDBOX_CREDENTIALS[name]
    await userEvent.click(canvas.getByRole('button', { name: 'Add bank account' }))
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
      await expect(args.onEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventName: 'ERROR',
          meta_data: expect.objectContaining({ error_code: outcome.code }),
        }),
      )
      await userEvent.click(widget.getByRole('button', { name: 'Close' }))
      await widget.findByRole('alertdialog')
      await userEvent.click(widget.getByRole('button', { name: 'Exit' }))
      await waitFor(() =>
        expect(args.onExit).toHaveBeenCalledWith(
          expect.objectContaining({
            last_encountered_error: { code: outcome.code, message: outcome.message },
          }),
        ),
      )
      await canvas.findByText(new RegExp(`You closed the widget after ${outcome.code}`))
      await expect(args.onSuccess).not.toHaveBeenCalled()
    } else {
      await waitFor(() =>
        expect(args.onSuccess).toHaveBeenCalledWith(expect.any(String), EREBOR.code),
      )
      await canvas.findByText(new RegExp(`Linked ${EREBOR.code}`))
      await expect(args.onExit).not.toHaveBeenCalled()
    }
    await expect(document.getElementById('belvo')).toBeNull()
  }

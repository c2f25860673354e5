import {
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  type SandboxCredentialName,
} from '@belvo-widget/emulator/testing'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { BelvoWidgetOptions } from '../index.ts'

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail

/**
 * Queries scoped to the widget, once its dialog shows. It renders in `#belvo`, outside the story's
 * canvas; the dialog element itself is replaced on every screen, `#belvo` stays.
 */
export async function findWidget(): Promise<ReturnType<typeof within>> {
  await within(document.body).findByRole('dialog', {}, { timeout: 5000 })
  return within(document.getElementById('belvo')!)
}

/** Presses "Add bank account" in the story. */
export const pressAdd = async (canvasElement: HTMLElement) =>
  userEvent.click(within(canvasElement).getByRole('button', { name: 'Add bank account' }))

/**
 * Links Erebor México with one entry of the emulator's credentials table through the widget's
 * own buttons and fields, then checks the callbacks and what the page shows.
 */
export const playOutcome =
  (name: SandboxCredentialName) =>
  async ({ canvasElement, args }: { canvasElement: HTMLElement; args: BelvoWidgetOptions }) => {
    const canvas = within(canvasElement)
    const { username, password, outcome } = SANDBOX_CREDENTIALS[name]
    await pressAdd(canvasElement)
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
      const confirm = within(await within(document.body).findByRole('alertdialog'))
      await userEvent.click(confirm.getByRole('button', { name: 'Exit' }))
      await waitFor(() =>
        expect(args.onExit).toHaveBeenCalledWith(
          expect.objectContaining({
            last_encountered_error: { code: outcome.code, message: outcome.message },
          }),
        ),
      )
      await canvas.findByText(`You closed the widget after ${outcome.code}: ${outcome.message}`)
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

import {
  loginWalk,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  type SandboxCredentialName,
  type WalkStep,
} from '@belvo-widget/emulator/testing'
import { expect, userEvent, waitFor, within } from 'storybook/test'

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail

/**
 * Queries scoped to the widget, once its dialog shows. It renders in `#belvo`, outside the story's
 * canvas; the dialog element itself is replaced on every screen, `#belvo` stays.
 */
export async function findWidget(): Promise<ReturnType<typeof within>> {
  await within(document.body).findByRole('dialog', {}, { timeout: 5000 })
  return within(document.getElementById('belvo')!)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Runs the emulator's walk steps as a person would, with Testing Library: buttons by their
 * accessible name (an institution's by the name it contains), fields by their label.
 */
export async function runWalk(
  widget: ReturnType<typeof within>,
  steps: readonly WalkStep[],
): Promise<void> {
  for (const step of steps) {
    if (step.kind === 'fill') {
      await userEvent.type(await widget.findByLabelText(step.label), step.value)
    } else {
      const name = step.kind === 'choose' ? new RegExp(escapeRegExp(step.label)) : step.label
      await userEvent.click(await widget.findByRole('button', { name }))
    }
  }
}

/** Presses the story's "Add bank account" button. */
export const pressAdd = async (canvasElement: HTMLElement): Promise<void> =>
  userEvent.click(await within(canvasElement).findByRole('button', { name: 'Add bank account' }))

/** The spies a play function checks: a binding's callbacks or outputs, from the story's args. */
export interface OutcomeSpies {
  success: unknown
  exit: unknown
  event: unknown
  error: unknown
  /** The arguments `success` receives for a link to `institution`. */
  linked: (institution: string) => unknown[]
}

/** Spies for bindings that take core's options (`onSuccess(link, institution)`, …). */
export const optionSpies = (args: {
  onSuccess?: unknown
  onExit?: unknown
  onEvent?: unknown
  onError?: unknown
}): OutcomeSpies => ({
  success: args.onSuccess,
  exit: args.onExit,
  event: args.onEvent,
  error: args.onError,
  linked: (institution) => [expect.any(String), institution],
})

/**
 * Links Erebor México with one entry of the emulator's credentials table, through the widget's
 * own buttons and fields, then checks what was reported and what the story shows ("Linked …" or
 * "You closed the widget after <code>…").
 */
export const playOutcome =
  <Args>(name: SandboxCredentialName, spies: (args: Args) => OutcomeSpies) =>
  async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }): Promise<void> => {
    const { success, exit, event, linked } = spies(args)
    const canvas = within(canvasElement)
    const { outcome } = SANDBOX_CREDENTIALS[name]
    await pressAdd(canvasElement)
    const widget = await findWidget()
    await runWalk(widget, loginWalk(SANDBOX_CREDENTIALS[name], { institution: EREBOR.code }))
    if (outcome.kind === 'error') {
      await widget.findByRole('alert')
      await expect(event).toHaveBeenCalledWith(
        expect.objectContaining({
          eventName: 'ERROR',
          meta_data: expect.objectContaining({ error_code: outcome.code }),
        }),
      )
      await userEvent.click(widget.getByRole('button', { name: 'Close' }))
      const confirm = within(await widget.findByRole('alertdialog'))
      await userEvent.click(confirm.getByRole('button', { name: 'Exit' }))
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

type Play<Args> = (context: { canvasElement: HTMLElement; args: Args }) => Promise<void>

/** Leaves from the first screen through the abandon survey; the exit says `step: abandon-survey`. */
export const playAbandon =
  <Args>(spies: (args: Args) => OutcomeSpies): Play<Args> =>
  async ({ canvasElement, args }) => {
    await pressAdd(canvasElement)
    const widget = await findWidget()
    await userEvent.click(await widget.findByRole('button', { name: 'Close' }))
    const confirm = within(await widget.findByRole('alertdialog'))
    await userEvent.click(confirm.getByRole('button', { name: 'Exit' }))
    await userEvent.click(await widget.findByRole('button', { name: 'Exit without answering' }))
    await waitFor(() =>
      expect(spies(args).exit).toHaveBeenCalledWith(
        expect.objectContaining({ meta_data: expect.objectContaining({ step: 'abandon-survey' }) }),
      ),
    )
  }

/** With `country_codes: ['mx']` the open fails with `invalid_config`, shown by the story. */
export const playInvalidConfig =
  <Args>(spies: (args: Args) => OutcomeSpies): Play<Args> =>
  async ({ canvasElement, args }) => {
    await pressAdd(canvasElement)
    await within(canvasElement).findByText(/invalid_config: country_codes must be among MX,CO,BR/)
    await expect(spies(args).error).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid_config' }),
    )
    await expect(document.getElementById('belvo')).toBeNull()
  }

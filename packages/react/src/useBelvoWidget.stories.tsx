import {
  type InstalledEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
} from '@belvo-widget/emulator/testing'
import { optionArgs, optionArgTypes } from '@belvo-widget/story-kit'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import type { BelvoWidgetOptions } from './index.ts'
import { Outcome } from './stories/Outcome.tsx'
import { useBelvoWidget } from './useBelvoWidget.ts'

/** What a component using the hook looks like. */
function AddBankAccount(options: BelvoWidgetOptions) {
  return <Outcome {...useBelvoWidget(options)} />
}

/** `useBelvoWidget(options)` gives `open`, `close` and the state to render. */
const meta = {
  title: 'React/useBelvoWidget',
  component: AddBankAccount,
  argTypes: optionArgTypes,
  args: optionArgs(['MX']),
  render: (args, { loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    return <AddBankAccount token={() => belvo.createToken()} {...args} />
  },
} satisfies Meta<typeof AddBankAccount>

export default meta
type Story = StoryObj<typeof meta>

/** Driven by the emulator's `user`, the way unit tests drive it. */
export const LinkAnAccount: Story = {
  play: async ({ canvasElement, args, loaded, userEvent }) => {
    const belvo = loaded.belvo as InstalledEmulator
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Add bank account' }))
    await belvo.user.chooseInstitution(SANDBOX_INSTITUTIONS.erebor_mx_retail.code)
    const { username, password } = SANDBOX_CREDENTIALS.success
    await belvo.user.login(username, password)
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await canvas.findByText(/Linked erebor_mx_retail/)
  },
}

/** Your token route failed: a `token_failed` error, the widget never builds. */
export const TokenFailure: Story = {
  args: { token: () => Promise.reject(new Error('POST /api/widget-token: HTTP 503')) },
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Add bank account' }))
    await canvas.findByText(/^token_failed: /)
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'token_failed' }),
    )
  },
}

/** Belvo's branding keys and a Portuguese widget limited to Brazil. */
export const BrandedPortuguese: Story = {
  args: {
    locale: 'pt',
    country_codes: ['BR'],
    company_name: 'Acme Finanças',
    institution_types: ['retail'],
  },
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Add bank account' }))
    await within(document.body).findByText('Acme Finanças usa a Belvo para conectar sua conta')
  },
}

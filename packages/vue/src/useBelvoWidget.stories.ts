import {
  type InstalledEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
} from '@belvo-widget/emulator/testing'
import { optionArgs, optionArgTypes, pressAdd } from '@belvo-widget/story-kit'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect, waitFor, within } from 'storybook/test'
import { h, proxyRefs } from 'vue'
import type { BelvoWidgetOptions } from './index.ts'
import { Outcome } from './stories/Outcome.ts'
import { useBelvoWidget } from './useBelvoWidget.ts'

/** `useBelvoWidget(options)` gives `open`, `close` and the state as refs. */
const meta = {
  title: 'useBelvoWidget',
  argTypes: optionArgTypes,
  args: optionArgs(['MX']),
  render: (args, { loaded }) => ({
    setup() {
      // Defined once, outside the getter: a prefetched token is kept for the same function.
      const token = () => (loaded.belvo as InstalledEmulator).createToken()
      // A getter over the story's args: edit a control, and the next open uses it.
      const widget = proxyRefs(useBelvoWidget(() => ({ token, ...args })))
      return () => h(Outcome, { ...widget })
    },
  }),
} satisfies Meta<BelvoWidgetOptions>

export default meta
type Story = StoryObj<typeof meta>

/** Driven by the emulator's `user`, the way unit tests drive it. */
export const LinkAnAccount: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    await pressAdd(canvasElement)
    await belvo.user.chooseInstitution(SANDBOX_INSTITUTIONS.erebor_mx_retail.code)
    const { username, password } = SANDBOX_CREDENTIALS.success
    await belvo.user.login(username, password)
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await within(canvasElement).findByText(/Linked erebor_mx_retail/)
  },
}

/** Your token route failed: a `token_failed` error, the widget never builds. */
export const TokenFailure: Story = {
  args: { token: () => Promise.reject(new Error('POST /api/widget-token: HTTP 503')) },
  play: async ({ canvasElement, args }) => {
    await pressAdd(canvasElement)
    await within(canvasElement).findByText(/^token_failed: /)
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
  play: async ({ canvasElement }) => {
    await pressAdd(canvasElement)
    await within(document.body).findByText('Acme Finanças usa a Belvo para conectar sua conta')
  },
}

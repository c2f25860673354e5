import type { InstalledEmulator } from '@belvo-widget/emulator/testing'
import {
  findWidget,
  optionArgs,
  optionArgTypes,
  optionSpies,
  playAbandon,
  playInvalidConfig,
  playOutcome,
} from '@belvo-widget/story-kit'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { BelvoWidget } from './BelvoWidget.ts'
import { Outcome } from './stories/Outcome.tsx'

/**
 * `<BelvoWidget>` against the emulated SDK. With a render function it opens on demand; without
 * children it opens when mounted. Each story mints a fresh token from the emulator on open.
 */
const meta = {
  title: 'React/BelvoWidget',
  component: BelvoWidget,
  argTypes: optionArgTypes,
  args: optionArgs(),
  render: ({ children: _, ...args }, { loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    return (
      <BelvoWidget {...args} token={() => belvo.createToken()}>
        {(widget) => <Outcome {...widget} />}
      </BelvoWidget>
    )
  },
} satisfies Meta<typeof BelvoWidget>

export default meta
type Story = StoryObj<typeof meta>

// One story per row of the emulator's credentials table (user bnk100 on Erebor México).

/** `bnk100` / `full`: the link is created at once. */
export const Success: Story = { play: playOutcome('success', optionSpies) }
/** `bnk100` / `mfa`, then the code `123456`. */
export const Mfa: Story = { play: playOutcome('mfa', optionSpies) }
/** `bnk100` / `invalid`: `login_error`; the user then closes the widget. */
export const InvalidCredentials: Story = { play: playOutcome('invalidCredentials', optionSpies) }
/** `bnk100` / `locked`: `login_error` (account locked). */
export const AccountLocked: Story = { play: playOutcome('accountLocked', optionSpies) }
/** `bnk100` / `forbidden`: `login_error` (access forbidden). */
export const AccessForbidden: Story = { play: playOutcome('accessForbidden', optionSpies) }
/** `bnk100` / `impossible`: `login_error` (login impossible). */
export const LoginImpossible: Story = { play: playOutcome('loginImpossible', optionSpies) }
/** `bnk100` / `sessions`: `too_many_sessions`. */
export const TooManySessions: Story = { play: playOutcome('tooManySessions', optionSpies) }
/** `bnk100` / `down`: `institution_down`. */
export const InstitutionDown: Story = { play: playOutcome('institutionDown', optionSpies) }
/** `bnk100` / `unexpected`: `unexpected_error`. */
export const UnexpectedError: Story = { play: playOutcome('unexpectedError', optionSpies) }

/** Without children the widget opens when mounted, like Belvo's snippet. */
export const OpensOnMount: Story = {
  render: (args, { loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    return <BelvoWidget {...args} token={() => belvo.createToken()} />
  },
  play: async ({ args }) => {
    const widget = await findWidget()
    await widget.findByRole('button', { name: 'Continue' })
    await expect(args.onError).not.toHaveBeenCalled()
  },
}

/** Leaving from the first screen goes through the abandon survey; `step` says so. */
export const Abandon: Story = {
  args: { show_abandon_survey: true },
  play: playAbandon(optionSpies),
}

/** A config value Belvo would reject is a typed error before the SDK sees it. */
export const InvalidConfig: Story = {
  args: { country_codes: ['mx' as 'MX'] },
  play: playInvalidConfig(optionSpies),
}

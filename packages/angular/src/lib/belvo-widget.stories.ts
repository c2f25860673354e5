import type { BelvoStartupConfig } from '@belvo-widget/core'
import type { InstalledEmulator, SandboxCredentialName } from '@belvo-widget/emulator/testing'
import {
  configArgTypes,
  playAbandon,
  playInvalidConfig,
  playOutcome,
  splitConfig,
} from '@belvo-widget/story-kit'
import { type Meta, moduleMetadata, type StoryObj } from '@storybook/angular'
import { expect, fn } from 'storybook/test'
import { StoryOutcome } from '../stories/outcome'
import { BelvoWidgetDirective } from './belvo-widget.directive'

type Args = BelvoStartupConfig & {
  belvoSuccess: ReturnType<typeof fn>
  belvoExit: ReturnType<typeof fn>
  belvoEvent: ReturnType<typeof fn>
  belvoError: ReturnType<typeof fn>
}

// `action` lists each output in the Actions panel, and keeps its spy among the story's props.
const output = (name: string, description: string) => ({
  action: name,
  description,
  table: { category: 'Outputs' },
})

/**
 * `[belvoWidget]` on a button, against the emulated SDK: the controls set the `config` input,
 * the actions panel shows each output. Each open mints a fresh token from the emulator.
 */
const meta: Meta<Args> = {
  title: '[belvoWidget]',
  decorators: [moduleMetadata({ imports: [BelvoWidgetDirective, StoryOutcome] })],
  argTypes: {
    ...configArgTypes,
    belvoSuccess: output('belvoSuccess', '`{ link, institution }`: a link was created.'),
    belvoExit: output('belvoExit', '`BelvoExitData`: the user closed the widget.'),
    belvoEvent: output('belvoEvent', '`BelvoWidgetEvent`: page loads, errors, warnings.'),
    belvoError: output('belvoError', '`BelvoWidgetError`: the widget could not open.'),
  },
  args: {
    locale: 'en',
    country_codes: ['MX', 'CO', 'BR'],
    belvoSuccess: fn(),
    belvoExit: fn(),
    belvoEvent: fn(),
    belvoError: fn(),
  },
  render: (args, { loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    const { config, rest } = splitConfig(args)
    return {
      props: { ...rest, config, token: () => belvo.createToken() },
      template: `
        <div style="font-family: system-ui, sans-serif; display: grid; gap: 8px; max-width: 480px">
          <div style="display: flex; gap: 8px">
            <button
              [belvoWidget]="token"
              [config]="config"
              #widget="belvoWidget"
              [disabled]="widget.status() === 'loading'"
              (belvoSuccess)="belvoSuccess($event)"
              (belvoExit)="belvoExit($event)"
              (belvoEvent)="belvoEvent($event)"
              (belvoError)="belvoError($event)"
            >
              {{ widget.status() === 'loading' ? 'Opening…' : 'Add bank account' }}
            </button>
            <button type="button" (click)="widget.close()">Cancel</button>
          </div>
          <belvo-story-outcome [state]="widget.state()" />
        </div>
      `,
    }
  },
}

export default meta
type Story = StoryObj<Args>

const spies = (args: Args) => ({
  success: args.belvoSuccess,
  exit: args.belvoExit,
  event: args.belvoEvent,
  error: args.belvoError,
  linked: (institution: string) => [{ link: expect.any(String), institution }],
})
const play = (name: SandboxCredentialName) => playOutcome<Args>(name, spies)

// One story per row of the emulator's credentials table (user bnk100 on Erebor México).

/** `bnk100` / `full`: the link is created at once. */
export const Success: Story = { play: play('success') }
/** `bnk100` / `mfa`, then the code `123456`. */
export const Mfa: Story = { play: play('mfa') }
/** `bnk100` / `invalid`: `login_error`; the user then closes the widget. */
export const InvalidCredentials: Story = { play: play('invalidCredentials') }
/** `bnk100` / `locked`: `login_error` (account locked). */
export const AccountLocked: Story = { play: play('accountLocked') }
/** `bnk100` / `forbidden`: `login_error` (access forbidden). */
export const AccessForbidden: Story = { play: play('accessForbidden') }
/** `bnk100` / `impossible`: `login_error` (login impossible). */
export const LoginImpossible: Story = { play: play('loginImpossible') }
/** `bnk100` / `sessions`: `too_many_sessions`. */
export const TooManySessions: Story = { play: play('tooManySessions') }
/** `bnk100` / `down`: `institution_down`. */
export const InstitutionDown: Story = { play: play('institutionDown') }
/** `bnk100` / `unexpected`: `unexpected_error`. */
export const UnexpectedError: Story = { play: play('unexpectedError') }

/** Leaving from the first screen goes through the abandon survey; `step` says so. */
export const Abandon: Story = {
  args: { show_abandon_survey: true },
  play: playAbandon(spies),
}

/** A config value Belvo would reject is a typed error before the SDK sees it. */
export const InvalidConfig: Story = {
  args: { country_codes: ['mx' as 'MX'] },
  play: playInvalidConfig(spies),
}

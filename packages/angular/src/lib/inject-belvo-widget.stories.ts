import { Component, input } from '@angular/core'
import type { BelvoWidgetCallbacks, BelvoWidgetOptions } from '@belvo-widget/core'
import type { InstalledEmulator } from '@belvo-widget/emulator/testing'
import {
  optionArgs,
  optionArgTypes,
  optionSpies,
  playOutcome,
  splitConfig,
} from '@belvo-widget/story-kit'
import type { Meta, StoryObj } from '@storybook/angular'
import { StoryOutcome } from '../stories/outcome'
import { injectBelvoWidget } from './inject-belvo-widget'

/** A component that opens the widget through `injectBelvoWidget()` and shows its signals. */
@Component({
  selector: 'belvo-story-injected',
  imports: [StoryOutcome],
  template: `
    <div style="font-family: system-ui, sans-serif; display: grid; gap: 8px; max-width: 480px">
      <div style="display: flex; gap: 8px">
        <button type="button" (click)="widget.open()" [disabled]="busy()">
          {{ busy() ? 'Opening…' : 'Add bank account' }}
        </button>
        <button type="button" (click)="widget.close()">Cancel</button>
      </div>
      <belvo-story-outcome [state]="widget.state()" />
    </div>
  `,
})
class InjectedWidget {
  readonly options = input<BelvoWidgetOptions>({})
  protected readonly widget = injectBelvoWidget(() => this.options())
  protected busy = () => this.widget.status() === 'loading'
}

type Args = BelvoWidgetOptions & Required<BelvoWidgetCallbacks>

/** `injectBelvoWidget()` in a component: the same outcomes, read from its signals. */
const meta: Meta<Args> = {
  title: 'injectBelvoWidget',
  argTypes: optionArgTypes,
  args: optionArgs(),
  render: (args, { loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    const { config, rest } = splitConfig(args)
    return {
      props: { options: { ...config, ...rest, token: () => belvo.createToken() } },
      template: `<belvo-story-injected [options]="options" />`,
      moduleMetadata: { imports: [InjectedWidget] },
    }
  },
}

export default meta
type Story = StoryObj<Args>

/** `bnk100` / `full`: the link is created at once. */
export const Success: Story = { play: playOutcome('success', optionSpies) }
/** `bnk100` / `mfa`, then the code `123456`. */
export const Mfa: Story = { play: playOutcome('mfa', optionSpies) }
/** `bnk100` / `down`: `institution_down`; the user then closes the widget. */
export const InstitutionDown: Story = { play: playOutcome('institutionDown', optionSpies) }

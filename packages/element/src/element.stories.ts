import manifest from 'virtual:custom-elements.json'
import type { InstalledEmulator } from '@belvo-widget/emulator/testing'
import {
  findWidget,
  type OutcomeSpies,
  playAbandon,
  playInvalidConfig,
  playOutcome,
} from '@belvo-widget/story-kit'
import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import './define.ts'
import { attributeArgTypes, attributeText } from './stories/manifest.ts'

type Spy = ReturnType<typeof fn>
interface Args {
  [attribute: string]: unknown
  onBelvoSuccess: Spy
  onBelvoExit: Spy
  onBelvoEvent: Spy
  onBelvoError: Spy
  /** Called for each token the story's token function hands out. */
  onTokenRequest: Spy
}

const EVENTS = {
  'belvo-success': 'onBelvoSuccess',
  'belvo-exit': 'onBelvoExit',
  'belvo-event': 'onBelvoEvent',
  'belvo-error': 'onBelvoError',
} as const

/** The element's events, as a play function checks them: each spy gets the event's `detail`. */
const eventSpies = (args: Args): OutcomeSpies => ({
  success: args.onBelvoSuccess,
  exit: args.onBelvoExit,
  event: args.onBelvoEvent,
  error: args.onBelvoError,
  linked: (institution) => [{ link: expect.any(String), institution }],
})

/**
 * `<belvo-widget>` as a page writes it: the args are its attributes, set on the element; the
 * token comes from the `token` property (here the emulator's; on a site, `token-url`). The
 * story shows what the events reported, as an app would.
 */
function renderWidget(args: Args, belvo: InstalledEmulator, trigger = true): HTMLElement {
  const root = document.createElement('div')
  root.style.cssText =
    'font-family: system-ui, sans-serif; display: grid; gap: 8px; max-width: 480px'
  const el = document.createElement('belvo-widget')
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('on')) continue
    const text = attributeText(value)
    if (text !== null) el.setAttribute(name, text)
  }
  el.token = () => {
    ;(args.onTokenRequest as Spy)()
    return belvo.createToken()
  }
  if (trigger) {
    el.innerHTML = '<button slot="trigger" type="button">Add bank account</button>'
  }
  const status = document.createElement('p')
  status.role = 'status'
  for (const [type, arg] of Object.entries(EVENTS)) {
    el.addEventListener(type, (event) => {
      const { detail } = event as CustomEvent
      ;(args[arg] as Spy)(detail)
      if (type === 'belvo-success')
        status.textContent = `Linked ${detail.institution}: ${detail.link}`
      if (type === 'belvo-exit') {
        const left = detail.last_encountered_error
        status.textContent = `You closed the widget${left ? ` after ${left.code}: ${left.message}` : '.'}`
      }
      if (type === 'belvo-error') status.textContent = `${detail.code}: ${detail.message}`
    })
  }
  root.append(el, status)
  return root
}

const meta = {
  title: 'belvo-widget',
  component: 'belvo-widget',
  argTypes: {
    ...attributeArgTypes(manifest, 'belvo-widget'),
    onTokenRequest: { table: { disable: true } },
  },
  args: {
    locale: 'en',
    'country-codes': ['MX', 'CO', 'BR'],
    onBelvoSuccess: fn(),
    onBelvoExit: fn(),
    onBelvoEvent: fn(),
    onBelvoError: fn(),
    onTokenRequest: fn(),
  },
  render: (args, { loaded }) => renderWidget(args, loaded.belvo as InstalledEmulator),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<Args>

// One story per main outcome of the emulator's credentials table (user bnk100 on Erebor México).

/** `bnk100` / `full`: a click on the trigger opens the widget; `belvo-success` has the link. */
export const Success: Story = { play: playOutcome('success', eventSpies) }
/** `bnk100` / `mfa`, then the code `123456`. */
export const Mfa: Story = { play: playOutcome('mfa', eventSpies) }
/** `bnk100` / `invalid`: `login_error`; the user closes the widget and `belvo-exit` says why. */
export const InvalidCredentials: Story = { play: playOutcome('invalidCredentials', eventSpies) }
/** `bnk100` / `down`: `institution_down`. */
export const InstitutionDown: Story = { play: playOutcome('institutionDown', eventSpies) }

/** Leaving from the first screen goes through the abandon survey; `step` says so. */
export const Abandon: Story = {
  args: { 'show-abandon-survey': true },
  play: playAbandon(eventSpies),
}

/** `country-codes="mx"`: Belvo would reject it, so `belvo-error` reports it before any request. */
export const InvalidConfig: Story = {
  args: { 'country-codes': 'mx' },
  play: playInvalidConfig(eventSpies),
}

/** `auto-open`: the widget opens as soon as the element is in the page, like Belvo's snippet. */
export const AutoOpen: Story = {
  args: { 'auto-open': true },
  render: (args, { loaded }) => renderWidget(args, loaded.belvo as InstalledEmulator, false),
  play: async ({ args, canvasElement }) => {
    const widget = await findWidget()
    await widget.findByRole('button', { name: 'Continue' })
    await expect(canvasElement.querySelector('belvo-widget')?.getAttribute('status')).toBe('open')
    await expect(args.onBelvoError).not.toHaveBeenCalled()
  },
}

/**
 * `prefetch-on-intent`: pointing at the trigger asks for the token (and the script), so the widget is on
 * screen as the click lands; the click uses that token, and hovering again asks for nothing more.
 */
export const Prefetch: Story = {
  args: { 'prefetch-on-intent': true },
  play: async ({ args, canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: 'Add bank account' })
    await userEvent.hover(button)
    await waitFor(() => expect(args.onTokenRequest).toHaveBeenCalledTimes(1))
    await expect(canvasElement.querySelector('belvo-widget')?.getAttribute('status')).toBe('idle')
    await userEvent.unhover(button)
    await userEvent.hover(button)
    await userEvent.click(button)
    const widget = await findWidget()
    await widget.findByRole('button', { name: 'Continue' })
    await expect(args.onTokenRequest).toHaveBeenCalledTimes(1)
  },
}

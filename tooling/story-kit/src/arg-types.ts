import type { BelvoCountryCode, BelvoStartupConfig } from '@belvo-widget/core'
import { SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator/testing'
import type { ArgTypes } from 'storybook/internal/types'
import { fn } from 'storybook/test'

const CONFIG = 'Startup config'
const BRANDING = 'Startup config: branding'
const CALLBACKS = 'Callbacks'
const INSTITUTIONS = Object.keys(SANDBOX_INSTITUTIONS)

const text = (description: string, category = CONFIG) => ({
  control: 'text' as const,
  description,
  table: { category },
})
const choice = (
  control: 'select' | 'inline-radio' | 'inline-check' | 'multi-select',
  options: readonly string[],
  description: string,
) => ({ control, options, description, table: { category: CONFIG } })
const flag = (description: string, category = CONFIG) => ({
  control: 'boolean' as const,
  description,
  table: { category },
})
// `action` names the Actions panel entry; it also keeps the arg where a framework passes only
// args with a control or an action to the story (Angular's Storybook drops the others).
const callback = (action: string, description: string, category = CALLBACKS) => ({
  action,
  description,
  table: { category },
})

/** A control for every key of Belvo's startup config. */
export const configArgTypes = {
  access_mode: choice(
    'inline-radio',
    ['recurrent', 'single'],
    '`recurrent` (default) or `single`.',
  ),
  external_id: text('Your id for the end user: 3+ of A-Z a-z 0-9 _ -, never personal data.'),
  country_codes: choice('inline-check', ['MX', 'CO', 'BR'], 'Countries to offer.'),
  institutions: choice('multi-select', INSTITUTIONS, 'Institutions to offer; one opens its login.'),
  institution: choice('select', INSTITUTIONS, 'Legacy singular form of `institutions`.'),
  institution_types: choice(
    'inline-check',
    ['retail', 'business', 'fiscal', 'gig', 'employment'],
    'Institution types to offer.',
  ),
  resources: choice(
    'multi-select',
    ['ACCOUNTS', 'OWNERS', 'TRANSACTIONS', 'BILLS', 'INVOICES', 'TAX_STATUS'],
    'Only institutions that support every listed resource.',
  ),
  locale: choice('inline-radio', ['es', 'en', 'pt'], 'Widget language (`es` by default).'),
  show_close_dialog: flag('Ask before closing.'),
  show_abandon_survey: flag('Ask why when the user leaves from the first screen.'),
  integration_type: choice(
    'select',
    ['credentials', 'openfinance', 'openbanking'],
    '`openfinance` for Brazil OFDA.',
  ),
  mode: choice('select', ['webapp'], '`webapp`: hosted widget only.'),
  company_name: text('Your company name on the welcome screen.', BRANDING),
  company_icon: text('URL of your icon.', BRANDING),
  company_logo: text('URL of your logo.', BRANDING),
  company_benefit_header: text('Benefit heading.', BRANDING),
  company_benefit_content: text('Benefit text.', BRANDING),
  opportunity_loss: text('What the user misses by leaving.', BRANDING),
  social_proof: flag('Show social proof.', BRANDING),
} satisfies Record<keyof BelvoStartupConfig, ArgTypes[string]>

/** The config controls, plus the token and the callbacks (as actions) of the JS options. */
export const optionArgTypes = {
  ...configArgTypes,
  onSuccess: callback('onSuccess', '`(link, institution)`: a link was created.'),
  onExit: callback('onExit', '`(data)`: the user closed the widget.'),
  onEvent: callback('onEvent', '`(event)`: page loads, errors, warnings.'),
  onError: callback('onError', '`(error)`: the widget could not open.'),
  token: {
    control: false,
    description: 'Access token, or a function fetching one from your server.',
  },
} satisfies ArgTypes

/**
 * The args every story of core's options starts from: English, `country_codes`, and a spy per
 * callback (shown as actions, checked by the play functions). Each call makes fresh spies: call
 * it once per meta.
 */
export const optionArgs = (country_codes: BelvoCountryCode[] = ['MX', 'CO', 'BR']) => ({
  locale: 'en' as const,
  country_codes,
  onSuccess: fn(),
  onExit: fn(),
  onEvent: fn(),
  onError: fn(),
})

/** Splits story args into the startup config and the rest (callbacks, outputs, token). */
export function splitConfig<T extends object>(
  args: T,
): { config: BelvoStartupConfig; rest: Record<string, unknown> } {
  const config: Record<string, unknown> = {}
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(args)) {
    ;(key in configArgTypes ? config : rest)[key] = value
  }
  return { config, rest }
}

import type { BelvoCountryCode, BelvoStartupConfig } from '@belvo-widget/core'
import { BELVO_CONFIG_KEYS, BELVO_CONFIG_VALUES } from '@belvo-widget/core/config'
import { SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator/testing'
import type { ArgTypes } from 'storybook/internal/types'
import { fn } from 'storybook/test'

type ConfigKey = keyof typeof BELVO_CONFIG_KEYS

const CONFIG = 'Startup config'
const BRANDING = 'Startup config: branding'
const CALLBACKS = 'Callbacks'

/** What each key does, shown in the Controls panel. A key without one still gets its control. */
const DESCRIPTIONS: Partial<Record<ConfigKey, string>> = {
  access_mode: '`recurrent` (default) or `single`.',
  external_id: 'Your id for the end user: 3+ of A-Z a-z 0-9 _ -, never personal data.',
  country_codes: 'Countries to offer.',
  institutions: 'Institutions to offer; one opens its login.',
  institution: 'Legacy singular form of `institutions`.',
  institution_types: 'Institution types to offer.',
  resources: 'Only institutions that support every listed resource.',
  locale: 'Widget language (`es` by default).',
  show_close_dialog: 'Ask before closing.',
  show_abandon_survey: 'Ask why when the user leaves from the first screen.',
  integration_type: '`openfinance` for Brazil OFDA.',
  mode: '`webapp`: hosted widget only.',
  company_name: 'Your company name on the welcome screen.',
  company_icon: 'URL of your icon.',
  company_logo: 'URL of your logo.',
  company_benefit_header: 'Benefit heading.',
  company_benefit_content: 'Benefit text.',
  opportunity_loss: 'What the user misses by leaving.',
  social_proof: 'Show social proof.',
}

/**
 * Choices for open keys, so they get a select instead of a text field: the emulator's
 * institutions, and the values Belvo's documents list.
 */
const CHOICES: Partial<Record<ConfigKey, readonly string[]>> = {
  institutions: Object.keys(SANDBOX_INSTITUTIONS),
  institution: Object.keys(SANDBOX_INSTITUTIONS),
  resources: ['ACCOUNTS', 'OWNERS', 'TRANSACTIONS', 'BILLS', 'INVOICES', 'TAX_STATUS'],
  integration_type: ['credentials', 'openfinance', 'openbanking'],
  mode: ['webapp'],
}

const isBranding = (key: string) =>
  key.startsWith('company_') || key === 'opportunity_loss' || key === 'social_proof'

// One control per key, from core's list of keys (and their closed values): a key added to core
// appears here without an edit.
const control = (key: ConfigKey): ArgTypes[string] => {
  const kind = BELVO_CONFIG_KEYS[key]
  const closed = (BELVO_CONFIG_VALUES as Partial<Record<ConfigKey, readonly string[]>>)[key]
  const options = closed ?? CHOICES[key]
  const table = { category: isBranding(key) ? BRANDING : CONFIG }
  const description = DESCRIPTIONS[key] ?? `Belvo's \`${key}\`.`
  if (kind === 'boolean') return { control: 'boolean', description, table }
  if (!options) return { control: 'text', description, table }
  const many = kind === 'list'
  return {
    control: closed ? (many ? 'inline-check' : 'inline-radio') : many ? 'multi-select' : 'select',
    options,
    description,
    table,
  }
}

/** A control for every key of Belvo's startup config. */
export const configArgTypes = Object.fromEntries(
  Object.keys(BELVO_CONFIG_KEYS).map((key) => [key, control(key as ConfigKey)]),
) as Record<keyof BelvoStartupConfig, ArgTypes[string]>

// `action` names the Actions panel entry; it also keeps the arg where a framework passes only
// args with a control or an action to the story (Angular's Storybook drops the others).
const callback = (action: string, description: string, category = CALLBACKS) => ({
  action,
  description,
  table: { category },
})

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

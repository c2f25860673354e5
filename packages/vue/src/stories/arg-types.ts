import type { BelvoStartupConfig } from '@belvo-widget/core'
import { SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator/testing'
import type { ArgTypes } from '@storybook/vue3-vite'

const INSTITUTIONS = Object.keys(SANDBOX_INSTITUTIONS)

const control = (
  category: string,
  description: string,
  type: 'text' | 'boolean' | 'select' | 'inline-radio' | 'inline-check' | 'multi-select',
  options?: readonly string[],
) => ({ control: type, options, description, table: { category } })
const config = (
  description: string,
  type: Parameters<typeof control>[2] = 'text',
  options?: readonly string[],
) => control('Startup config', description, type, options)
const branding = (description: string, type: 'text' | 'boolean' = 'text') =>
  control('Startup config: branding', description, type)
const callback = (description: string) => ({ description, table: { category: 'Callbacks' } })

/** A control for every key of Belvo's startup config, and the callbacks as actions. */
export const argTypes = {
  access_mode: config('`recurrent` (default) or `single`.', 'inline-radio', [
    'recurrent',
    'single',
  ]),
  external_id: config('Your id for the end user: 3+ of A-Z a-z 0-9 _ -, never personal data.'),
  country_codes: config('Countries to offer.', 'inline-check', ['MX', 'CO', 'BR']),
  institutions: config(
    'Institutions to offer; one opens its login page.',
    'multi-select',
    INSTITUTIONS,
  ),
  institution: config('Legacy singular form of `institutions`.', 'select', INSTITUTIONS),
  institution_types: config('Institution types to offer.', 'inline-check', [
    'retail',
    'business',
    'fiscal',
    'gig',
    'employment',
  ]),
  resources: config('Only institutions that support every listed resource.', 'multi-select', [
    'ACCOUNTS',
    'OWNERS',
    'TRANSACTIONS',
    'BILLS',
    'INVOICES',
    'TAX_STATUS',
  ]),
  locale: config('Widget language (`es` by default).', 'inline-radio', ['es', 'en', 'pt']),
  show_close_dialog: config('Ask before closing (default true).', 'boolean'),
  show_abandon_survey: config(
    'Ask why when the user leaves from the first screen (default true).',
    'boolean',
  ),
  integration_type: config('`openfinance` for Brazil OFDA.', 'select', [
    'credentials',
    'openfinance',
    'openbanking',
  ]),
  mode: config('`webapp`: hosted widget only.', 'select', ['webapp']),
  company_name: branding('Your company name on the welcome screen.'),
  company_icon: branding('URL of your icon.'),
  company_logo: branding('URL of your logo.'),
  company_benefit_header: branding('Benefit heading.'),
  company_benefit_content: branding('Benefit text.'),
  opportunity_loss: branding('What the user misses by leaving.'),
  social_proof: branding('Show social proof (default true).', 'boolean'),
  onSuccess: callback('`(link, institution)`: a link was created (`@success`).'),
  onExit: callback('`(data)`: the user closed the widget (`@exit`).'),
  onEvent: callback('`(event)`: page loads, errors, warnings (`@event`).'),
  onError: callback('`(error)`: the widget could not open (`@error`).'),
  token: {
    control: false,
    description: 'Access token, or a function fetching one from your server.',
  },
} satisfies Record<
  keyof BelvoStartupConfig | 'onSuccess' | 'onExit' | 'onEvent' | 'onError' | 'token',
  ArgTypes[string]
>

import type { LoadBelvoSdkOptions } from './loader.ts'
import type { BelvoWidgetCallbacks } from './options.ts'
import type { BelvoStartupConfig, BelvoStartupConfigKey } from './types.ts'

/** How a startup config value is written: a string, a boolean, or a list of strings. */
export type BelvoConfigKind = 'string' | 'boolean' | 'list'

/**
 * Every key of Belvo's startup config and how its value is written. Core passes exactly these
 * keys to `createWidget` (and validates them); bindings derive their props, attributes and
 * controls from it, so a key added here reaches every binding.
 *
 * @example
 * for (const [key, kind] of Object.entries(BELVO_CONFIG_KEYS)) if (kind === 'list') …
 */
export const BELVO_CONFIG_KEYS = {
  access_mode: 'string',
  external_id: 'string',
  country_codes: 'list',
  institutions: 'list',
  institution: 'string',
  institution_types: 'list',
  resources: 'list',
  locale: 'string',
  show_close_dialog: 'boolean',
  show_abandon_survey: 'boolean',
  integration_type: 'string',
  mode: 'string',
  company_name: 'string',
  company_icon: 'string',
  company_logo: 'string',
  company_benefit_header: 'string',
  company_benefit_content: 'string',
  opportunity_loss: 'string',
  social_proof: 'boolean',
} as const satisfies { [K in BelvoStartupConfigKey]-?: KindOf<BelvoStartupConfig[K]> }

/** The values Belvo accepts for its closed keys (each item, for a list). */
export const BELVO_CONFIG_VALUES = {
  access_mode: ['single', 'recurrent'],
  country_codes: ['MX', 'CO', 'BR'],
  institution_types: ['retail', 'business', 'fiscal', 'gig', 'employment'],
  locale: ['es', 'en', 'pt'],
} as const satisfies { [K in BelvoStartupConfigKey]?: readonly ItemOf<BelvoStartupConfig[K]>[] }

/** The script options, passed to `loadBelvoSdk`, never to Belvo's config. */
export const BELVO_SCRIPT_KEYS = [
  'src',
  'nonce',
  'integrity',
  'crossOrigin',
  'timeoutMs',
] as const satisfies readonly (keyof LoadBelvoSdkOptions)[]

/**
 * The callbacks; core calls Belvo's own (`callback`, `onExit`, `onEvent`) and forwards to these.
 * `callback` is Belvo's name for `onSuccess`, accepted as written in Belvo's snippets.
 */
export const BELVO_CALLBACK_KEYS = [
  'onSuccess',
  'callback',
  'onExit',
  'onEvent',
  'onError',
] as const satisfies readonly (keyof BelvoWidgetCallbacks)[]

/**
 * Whether `key` is an option `createBelvoWidget` reads itself, never passed to Belvo's
 * `createWidget`: a script option, a callback, `token` or `retryInvalidToken`. Any other key is
 * Belvo's. (A function, not a list, so that an entry using none of it bundles none of it.)
 */
export const isOwnKey = (key: string): boolean =>
  key === 'token' ||
  key === 'retryInvalidToken' ||
  (BELVO_SCRIPT_KEYS as readonly string[]).includes(key) ||
  (BELVO_CALLBACK_KEYS as readonly string[]).includes(key)

type KindOf<T> =
  NonNullable<T> extends readonly unknown[]
    ? 'list'
    : NonNullable<T> extends boolean
      ? 'boolean'
      : 'string'
type ItemOf<T> = NonNullable<T> extends readonly (infer I)[] ? I : NonNullable<T>

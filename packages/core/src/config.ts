import { BelvoWidgetError } from './errors.ts'
import { BELVO_CONFIG_KEYS, BELVO_CONFIG_VALUES } from './keys.ts'
import type { LoadBelvoSdkOptions } from './loader.ts'
import type { BelvoStartupConfig } from './types.ts'

/**
 * Throws a {@link BelvoWidgetError} with code `invalid_config` for values Belvo's widget would
 * reject or silently ignore, naming the key and the fix. Kinds and allowed values come from
 * `BELVO_CONFIG_KEYS` and `BELVO_CONFIG_VALUES`; of the script options, `timeoutMs` is checked.
 *
 * @example
 * validateConfig({ country_codes: ['mx'] }) // throws: country_codes must be among MX,CO,BR; got "mx"
 */
export function validateConfig(config: BelvoStartupConfig & LoadBelvoSdkOptions): void {
  const fail = (message: string) => {
    throw new BelvoWidgetError('invalid_config', message)
  }
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined || !Object.hasOwn(BELVO_CONFIG_KEYS, key)) continue
    const kind = BELVO_CONFIG_KEYS[key as keyof typeof BELVO_CONFIG_KEYS]
    const list = kind === 'list'
    if (list ? !Array.isArray(value) : typeof value !== kind) {
      fail(`${key} must be ${list ? 'an array' : `a ${kind}`}; got ${JSON.stringify(value)}`)
    }
    const allowed: readonly string[] | undefined =
      BELVO_CONFIG_VALUES[key as keyof typeof BELVO_CONFIG_VALUES]
    for (const item of [value].flat()) {
      if (allowed && !allowed.includes(item)) {
        fail(`${key} must be among ${allowed}; got ${JSON.stringify(item)}`)
      }
    }
  }
  const id = config.external_id
  if (id !== undefined && !/^[\w-]{3,}$/.test(id)) {
    fail(`external_id needs 3+ of A-Z a-z 0-9 _ - and no personal data; got "${id}"`)
  }
  const ofda = openFinanceProblem(config)
  if (ofda) fail(ofda)
  const ms = config.timeoutMs
  if (ms !== undefined && !(ms > 0)) {
    fail(`timeoutMs must be a number of milliseconds above 0; got ${ms}`)
  }
}

/**
 * What Brazil Open Finance (`integration_type: 'openfinance'`) lacks in `config`, if anything:
 * Belvo requires `locale: 'pt'`, Brazil only, and `mode: 'webapp'` for the hosted widget.
 */
export function openFinanceProblem(
  config: BelvoStartupConfig,
  hosted?: boolean,
): string | undefined {
  if (config.integration_type !== 'openfinance') return
  const need = (what: string, got: unknown) =>
    `integration_type 'openfinance' (Brazil Open Finance) needs ${what}; got ${JSON.stringify(got)}`
  if (config.locale !== 'pt') return need("locale: 'pt'", config.locale)
  if (config.country_codes?.some((c) => c !== 'BR')) {
    return need("country_codes: ['BR']", config.country_codes)
  }
  if (hosted && config.mode !== 'webapp') return need("mode: 'webapp'", config.mode)
}

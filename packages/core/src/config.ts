import { BelvoWidgetError } from './errors.ts'
import { EXTERNAL_ID_RULE, isValidExternalId } from './external-id.ts'
import {
  BELVO_CALLBACK_KEYS,
  BELVO_CONFIG_KEYS,
  BELVO_CONFIG_VALUES,
  BELVO_SCRIPT_KEYS,
  isOwnKey,
} from './keys.ts'
import type { BelvoWidgetOptions } from './options.ts'
import type { BelvoStartupConfig } from './types.ts'

// How many single-character edits turn `a` into `b` (Levenshtein).
const distance = (a: string, b: string): number => {
  let row = [...Array(b.length + 1).keys()]
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1]
    for (let j = 0; j < b.length; j++) {
      next.push(Math.min(row[j + 1]! + 1, next[j]! + 1, row[j]! + (a[i] === b[j] ? 0 : 1)))
    }
    row = next
  }
  return row[b.length]!
}

/** The known option key nearest to `key`, if one is close enough to be a typo of it. */
const closestKey = (key: string): string | undefined => {
  let best: string | undefined
  let min = Math.max(2, key.length / 3)
  for (const known of [
    ...Object.keys(BELVO_CONFIG_KEYS),
    ...BELVO_SCRIPT_KEYS,
    ...BELVO_CALLBACK_KEYS,
    'token',
    'retryInvalidToken',
  ]) {
    const d = distance(key.toLowerCase(), known.toLowerCase())
    if (d <= min) [best, min] = [known, d]
  }
  return best
}

/**
 * Throws a {@link BelvoWidgetError} with code `invalid_config` for values Belvo's widget would
 * reject or silently ignore, naming the key and the fix. Kinds and allowed values come from
 * `BELVO_CONFIG_KEYS` and `BELVO_CONFIG_VALUES`; of the script options, `timeoutMs` is checked.
 *
 * In development (any `NODE_ENV` but `production`) a key neither Belvo's config nor core knows is
 * an error naming the closest known key (`instituion_types` → `institution_types`), and so is
 * giving both `callback` (Belvo's name) and `onSuccess`. In production an unknown key is passed
 * to Belvo as it is, so a key Belvo adds later still reaches the widget.
 *
 * @example
 * validateConfig({ country_codes: ['mx'] }) // throws: country_codes must be among MX,CO,BR; got "mx"
 */
export function validateConfig(config: BelvoWidgetOptions): void {
  const fail = (message: string) => {
    throw new BelvoWidgetError('invalid_config', message)
  }
  // @ts-ignore: `process` is typed only where @types/node is
  if (process.env.NODE_ENV !== 'production') {
    for (const key of Object.keys(config)) {
      if (Object.hasOwn(BELVO_CONFIG_KEYS, key) || isOwnKey(key)) continue
      const near = closestKey(key)
      fail(
        `${key} is not a key of Belvo's startup config or of @belvo-widget/core` +
          (near ? `: did you mean ${near}?` : '.') +
          ' (Production builds pass unknown keys to Belvo unchanged.)',
      )
    }
    if (config.callback && config.onSuccess) {
      fail(
        "Both callback and onSuccess are set: callback is Belvo's name for onSuccess. Keep one of them.",
      )
    }
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
  if (id !== undefined && !isValidExternalId(id)) {
    // The value is not repeated: it may be the personal data the rule forbids.
    fail(`external_id must be ${EXTERNAL_ID_RULE}.`)
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

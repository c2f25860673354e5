import { BelvoWidgetError } from './errors.ts'
import type { BelvoStartupConfig } from './types.ts'

// key → allowed values; for array keys every item is checked.
const ALLOWED: Record<string, string[]> = {
  locale: ['es', 'en', 'pt'],
  access_mode: ['single', 'recurrent'],
  country_codes: ['MX', 'CO', 'BR'],
  institutions: [],
  institution_types: [],
  resources: [],
}
const ARRAYS = ['country_codes', 'institutions', 'institution_types', 'resources']

/**
 * Throws a {@link BelvoWidgetError} with code `invalid_config` for values Belvo's widget would
 * reject or silently ignore, naming the key and the fix.
 *
 * @example
 * validateConfig({ country_codes: ['mx'] }) // throws: country_codes must be among MX, CO, BR; got "mx"
 */
export function validateConfig(config: BelvoStartupConfig): void {
  const fail = (message: string) => {
    throw new BelvoWidgetError('invalid_config', message)
  }
  for (const key in ALLOWED) {
    const value = config[key as keyof BelvoStartupConfig]
    if (value === undefined) continue
    const isArray = ARRAYS.includes(key)
    if (isArray !== Array.isArray(value)) {
      fail(`${key} must ${isArray ? '' : 'not '}be an array; got ${JSON.stringify(value)}`)
    }
    const allowed = ALLOWED[key]!
    for (const item of [value].flat()) {
      if (allowed[0] && !allowed.includes(item as string)) {
        fail(`${key} must be among ${allowed}; got ${JSON.stringify(item)}`)
      }
    }
  }
  const id = config.external_id
  if (id !== undefined && !/^[\w-]{3,}$/.test(id)) {
    fail(`external_id needs 3+ of A-Z a-z 0-9 _ - and no personal data; got "${id}"`)
  }
}

import { BelvoWidgetError } from './errors.ts'
import type { BelvoStartupConfig } from './types.ts'

// Keys Belvo takes as arrays, and the keys whose values come from a closed set.
const LISTS = 'country_codes institutions institution_types resources'
const ALLOWED: Record<string, string> = {
  locale: 'es,en,pt',
  access_mode: 'single,recurrent',
  country_codes: 'MX,CO,BR',
}

/**
 * Throws a {@link BelvoWidgetError} with code `invalid_config` for values Belvo's widget would
 * reject or silently ignore, naming the key and the fix.
 *
 * @example
 * validateConfig({ country_codes: ['mx'] }) // throws: country_codes must be among MX,CO,BR; got "mx"
 */
export function validateConfig(config: BelvoStartupConfig): void {
  const fail = (message: string) => {
    throw new BelvoWidgetError('invalid_config', message)
  }
  for (const key of `locale access_mode ${LISTS}`.split(' ')) {
    const value = config[key as keyof BelvoStartupConfig]
    if (value === undefined) continue
    const list = LISTS.includes(key)
    if (list !== Array.isArray(value)) {
      fail(`${key} must ${list ? '' : 'not '}be an array; got ${JSON.stringify(value)}`)
    }
    const allowed = ALLOWED[key]
    for (const item of [value].flat()) {
      if (allowed && !allowed.split(',').includes(item as string)) {
        fail(`${key} must be among ${allowed}; got ${JSON.stringify(item)}`)
      }
    }
  }
  const id = config.external_id
  if (id !== undefined && !/^[\w-]{3,}$/.test(id)) {
    fail(`external_id needs 3+ of A-Z a-z 0-9 _ - and no personal data; got "${id}"`)
  }
}

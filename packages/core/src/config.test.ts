import { describe, expect, it } from 'vitest'
import { validateConfig } from './config.ts'
import type { BelvoStartupConfig } from './types.ts'

const message = (config: unknown) => {
  try {
    validateConfig(config as BelvoStartupConfig)
  } catch (error) {
    expect(error).toMatchObject({ name: 'BelvoWidgetError', code: 'invalid_config' })
    return (error as Error).message
  }
  return undefined
}

describe('validateConfig', () => {
  it('accepts the documented configs', () => {
    expect(
      message({
        locale: 'pt',
        access_mode: 'single',
        country_codes: ['MX', 'CO', 'BR'],
        institutions: ['ofbradesco_br_retail'],
        institution_types: ['retail', 'business'],
        resources: ['OWNERS', 'ACCOUNTS'],
        external_id: 'HJLSI-897809',
        show_close_dialog: false,
        company_name: 'ACME Corp',
      }),
    ).toBeUndefined()
    expect(message({})).toBeUndefined()
  })

  it('rejects a locale other than es, en, pt', () => {
    expect(message({ locale: 'es-MX' })).toBe('locale must be among es,en,pt; got "es-MX"')
  })

  it('rejects a lowercase or unknown country code, naming it', () => {
    expect(message({ country_codes: ['MX', 'co'] })).toBe(
      'country_codes must be among MX,CO,BR; got "co"',
    )
    expect(message({ country_codes: ['AR'] })).toMatch(/got "AR"/)
  })

  it('rejects a single value where Belvo expects an array', () => {
    expect(message({ country_codes: 'MX' })).toBe('country_codes must be an array; got "MX"')
    expect(message({ institutions: 'erebor_mx_retail' })).toMatch(/institutions must be an array/)
  })

  it('rejects a value of the wrong kind for strings and booleans', () => {
    expect(message({ locale: ['en'] })).toBe('locale must be a string; got ["en"]')
    expect(message({ show_close_dialog: 'false' })).toBe(
      'show_close_dialog must be a boolean; got "false"',
    )
    expect(message({ institution_types: ['retail', 'bank'] })).toMatch(
      /institution_types must be among retail,business,fiscal,gig,employment; got "bank"/,
    )
  })

  it('applies Belvo’s external_id rule: 3+ of A-Z a-z 0-9 _ -', () => {
    expect(message({ external_id: 'user_42-a' })).toBeUndefined()
    expect(message({ external_id: 'ab' })).toMatch(
      /external_id must be at least 3 characters of A-Z/,
    )
    expect(message({ external_id: 'ana@example.com' })).toMatch(/no personal data/)
  })

  it('rejects a timeoutMs that is not a positive number', () => {
    expect(message({ timeoutMs: Number.NaN })).toBe(
      'timeoutMs must be a number of milliseconds above 0; got NaN',
    )
    expect(message({ timeoutMs: -1 })).toMatch(/timeoutMs must be a number of milliseconds above 0/)
    expect(message({ timeoutMs: 5000 })).toBeUndefined()
  })

  it('rejects an unknown access_mode', () => {
    expect(message({ access_mode: 'once' })).toMatch(/access_mode must be among single,recurrent/)
  })
})

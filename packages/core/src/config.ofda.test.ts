import { describe, expect, it } from 'vitest'
import { validateConfig } from './config.ts'
import { BelvoWidgetError } from './errors.ts'
import { buildHostedWidgetUrl } from './hosted/index.ts'
import type { BelvoStartupConfig } from './types.ts'

// What Belvo's hosted widget page for Brazil Open Finance requires (seed 000).
const ofda: BelvoStartupConfig = {
  integration_type: 'openfinance',
  locale: 'pt',
  mode: 'webapp',
  country_codes: ['BR'],
}

const failure = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(BelvoWidgetError)
    expect(error).toMatchObject({ code: 'invalid_config' })
    return (error as Error).message
  }
  return undefined
}

describe("integration_type: 'openfinance'", () => {
  it('passes with locale pt, Brazil only, and mode webapp for the hosted widget', () => {
    expect(failure(() => validateConfig(ofda))).toBeUndefined()
    expect(failure(() => buildHostedWidgetUrl({ access_token: 't', ...ofda }))).toBeUndefined()
    // The Web SDK has no mode.
    expect(failure(() => validateConfig({ ...ofda, mode: undefined }))).toBeUndefined()
  })

  it.each([
    ['without locale', { locale: undefined }, "needs locale: 'pt'; got undefined"],
    ['in Spanish', { locale: 'es' }, `needs locale: 'pt'; got "es"`],
    [
      'outside Brazil',
      { country_codes: ['BR', 'MX'] },
      `needs country_codes: ['BR']; got ["BR","MX"]`,
    ],
  ] as const)(
    '%s: a typed error naming the fix, in core and for hosted URLs',
    (_, change, text) => {
      const config = { ...ofda, ...change } as BelvoStartupConfig
      expect(failure(() => validateConfig(config))).toContain(text)
      expect(failure(() => buildHostedWidgetUrl({ access_token: 't', ...config }))).toContain(text)
    },
  )

  it('the hosted widget without mode webapp: a typed error', () => {
    expect(
      failure(() => buildHostedWidgetUrl({ access_token: 't', ...ofda, mode: undefined })),
    ).toContain("needs mode: 'webapp'; got undefined")
  })

  it('other integrations are not held to these rules', () => {
    expect(failure(() => validateConfig({ locale: 'es', country_codes: ['MX'] }))).toBeUndefined()
    expect(failure(() => buildHostedWidgetUrl({ access_token: 't', locale: 'en' }))).toBeUndefined()
  })
})

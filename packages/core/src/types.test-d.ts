import { describe, expectTypeOf, it } from 'vitest'
import type { BELVO_CONFIG_KEYS } from './config-entry.ts'
import {
  type BELVO_CALLBACK_KEYS,
  type BELVO_SCRIPT_KEYS,
  type BelvoExitData,
  type BelvoStartupConfig,
  type BelvoWidgetCallbacks,
  type BelvoWidgetEvent,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  createBelvoWidget,
  type LoadBelvoSdkOptions,
} from './index.ts'

describe('startup config types', () => {
  it('accepts the documented values and rejects others', () => {
    expectTypeOf<{ locale: 'pt' }>().toExtend<BelvoStartupConfig>()
    expectTypeOf<{ locale: 'fr' }>().not.toExtend<BelvoStartupConfig>()
    expectTypeOf<{ country_codes: ['MX', 'BR'] }>().toExtend<BelvoStartupConfig>()
    expectTypeOf<{ country_codes: ['mx'] }>().not.toExtend<BelvoStartupConfig>()
    expectTypeOf<{ access_mode: 'forever' }>().not.toExtend<BelvoStartupConfig>()
    // Resource and code unions stay open for codes Belvo adds later.
    expectTypeOf<{ resources: ['ACCOUNTS', 'SOMETHING_NEW'] }>().toExtend<BelvoStartupConfig>()
  })
})

describe('callbacks', () => {
  it('types onSuccess, onExit and onEvent payloads', () => {
    createBelvoWidget({
      token: async () => ({ access: 'a' }),
      onSuccess(link, institution) {
        expectTypeOf(link).toEqualTypeOf<string>()
        expectTypeOf(institution).toEqualTypeOf<string>()
      },
      onExit(data) {
        expectTypeOf(data).toEqualTypeOf<BelvoExitData>()
        expectTypeOf(data.meta_data?.step).toExtend<string | undefined>()
      },
      onEvent(event) {
        expectTypeOf(event).toEqualTypeOf<BelvoWidgetEvent>()
        if (event.eventName === 'PAGE_LOAD') expectTypeOf(event.meta_data.page).toBeString()
        if (event.eventName === 'WARNING')
          expectTypeOf(event.meta_data.warning_code).toExtend<string>()
      },
      onError(error) {
        expectTypeOf(error.code).toExtend<
          | 'script_load_failed'
          | 'script_timeout'
          | 'sdk_missing'
          | 'token_failed'
          | 'token_expired'
          | 'token_invalid'
          | 'invalid_config'
          | 'not_in_browser'
          | 'widget_failed'
        >()
      },
    })
  })

  it('takes a token as a string or a sync/async function returning a string or { access }', () => {
    expectTypeOf<{ token: 'abc' }>().toExtend<BelvoWidgetOptions>()
    expectTypeOf<{
      token: () => Promise<{ access: string; refresh: string }>
    }>().toExtend<BelvoWidgetOptions>()
    expectTypeOf<{ token: () => number }>().not.toExtend<BelvoWidgetOptions>()
  })

  it('exposes a snapshot with a status union', () => {
    expectTypeOf(createBelvoWidget().getSnapshot()).toEqualTypeOf<BelvoWidgetState>()
    expectTypeOf<BelvoWidgetState['status']>().toEqualTypeOf<
      'idle' | 'loading' | 'open' | 'success' | 'exit' | 'error'
    >()
  })

  it('takes options or a getter of them', () => {
    expectTypeOf(createBelvoWidget).toBeCallableWith(() => ({ locale: 'en' as const }))
    expectTypeOf(createBelvoWidget).toBeCallableWith({ locale: 'en' })
  })

  it('takes lists kept in `as const` constants', () => {
    const COUNTRIES = ['MX', 'CO'] as const
    const TYPES = ['retail', 'business'] as const
    createBelvoWidget({ country_codes: COUNTRIES, institution_types: TYPES })
    // @ts-expect-error still only the countries Belvo serves
    createBelvoWidget({ country_codes: ['US'] as const })
  })
})

describe('option key lists', () => {
  it('name every key of the types they list, and nothing else', () => {
    expectTypeOf<keyof typeof BELVO_CONFIG_KEYS>().toEqualTypeOf<keyof BelvoStartupConfig>()
    expectTypeOf<(typeof BELVO_SCRIPT_KEYS)[number]>().toEqualTypeOf<keyof LoadBelvoSdkOptions>()
    expectTypeOf<(typeof BELVO_CALLBACK_KEYS)[number]>().toEqualTypeOf<keyof BelvoWidgetCallbacks>()
    expectTypeOf<keyof BelvoWidgetOptions>().toEqualTypeOf<
      | keyof typeof BELVO_CONFIG_KEYS
      | (typeof BELVO_SCRIPT_KEYS)[number]
      | (typeof BELVO_CALLBACK_KEYS)[number]
      | 'token'
      | 'retryInvalidToken'
    >()
  })
})

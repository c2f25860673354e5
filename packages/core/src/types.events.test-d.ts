import { describe, expectTypeOf, it } from 'vitest'
import type {
  BelvoExitErrorCode,
  BelvoPageLoadEvent,
  BelvoWarningCode,
  BelvoWidgetEvent,
  BelvoWidgetEventName,
} from './index.ts'

describe('onEvent payloads', () => {
  it('narrow on eventName to the documented meta_data of each event', () => {
    const handle = (event: BelvoWidgetEvent) => {
      if (event.eventName === 'ERROR') {
        expectTypeOf(event.meta_data.error_code).toEqualTypeOf<
          BelvoExitErrorCode | 'ACCESS_TOKEN_NOT_VALID'
        >()
        // @ts-expect-error: an ERROR event carries no page
        event.meta_data.page
      }
      if (event.eventName === 'WARNING')
        expectTypeOf(event.meta_data.warning_code).toEqualTypeOf<BelvoWarningCode>()
      if (event.eventName === 'PAGE_LOAD') {
        expectTypeOf(event.meta_data).toEqualTypeOf<BelvoPageLoadEvent['meta_data']>()
        // @ts-expect-error: a PAGE_LOAD event carries no error code
        event.meta_data.error_code
      }
      // A name Belvo added since: its meta_data is undescribed, so nothing can be read unchecked.
      if (event.eventName === 'CONSENT_GIVEN') expectTypeOf(event.meta_data).toBeNever()
    }
    expectTypeOf(handle).parameter(0).toEqualTypeOf<BelvoWidgetEvent>()
  })

  it('admit names Belvo may add, and keep the documented names for completion', () => {
    expectTypeOf<{ eventName: 'SOMETHING_NEW'; meta_data: never }>().toExtend<BelvoWidgetEvent>()
    expectTypeOf<'SOMETHING_NEW'>().toExtend<BelvoWidgetEventName>()
    // Not widened to plain `string`: editors still offer the documented names.
    expectTypeOf<BelvoWidgetEventName>().not.toEqualTypeOf<string>()
    expectTypeOf<'ERROR' | 'WARNING' | 'PAGE_LOAD'>().toExtend<BelvoWidgetEventName>()
  })
})

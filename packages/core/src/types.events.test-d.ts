import { describe, expectTypeOf, it } from 'vitest'
import type { BelvoWidgetEvent, BelvoWidgetEventName } from './index.ts'

describe('event names', () => {
  it('admit names Belvo may add, and still narrow to the documented events', () => {
    const handle = (event: BelvoWidgetEvent) => {
      if (event.eventName === 'ERROR') expectTypeOf(event.meta_data.error_code).toExtend<string>()
      if (event.eventName === 'PAGE_LOAD') expectTypeOf(event.meta_data.page).toBeString()
      if (event.eventName === 'CONSENT_GIVEN') expectTypeOf(event.eventName).toBeString()
    }
    expectTypeOf(handle).toBeFunction()
    expectTypeOf<{ eventName: 'SOMETHING_NEW'; meta_data: never }>().toExtend<BelvoWidgetEvent>()
    expectTypeOf<'SOMETHING_NEW'>().toExtend<BelvoWidgetEventName>()
    expectTypeOf<'PAGE_LOAD'>().toExtend<BelvoWidgetEventName>()
  })
})

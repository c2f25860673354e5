import type { BelvoExitData, BelvoWidgetError, BelvoWidgetStatus } from '@belvo-widget/core'
import type { ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type BelvoTriggerProps,
  BelvoWidget,
  type BelvoWidgetProps,
  type UseBelvoWidgetResult,
  useBelvoWidget,
} from './index.ts'

describe('types', () => {
  it('useBelvoWidget returns the state and the actions', () => {
    expectTypeOf(useBelvoWidget).returns.toEqualTypeOf<UseBelvoWidgetResult>()
    expectTypeOf<UseBelvoWidgetResult['status']>().toEqualTypeOf<BelvoWidgetStatus>()
    expectTypeOf<UseBelvoWidgetResult['error']>().toEqualTypeOf<BelvoWidgetError | undefined>()
    expectTypeOf<UseBelvoWidgetResult['link']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<UseBelvoWidgetResult['open']>().toEqualTypeOf<() => Promise<void>>()
  })

  it("triggerProps are React handlers for a click and core's intent events", () => {
    expectTypeOf<UseBelvoWidgetResult['triggerProps']>().toEqualTypeOf<BelvoTriggerProps>()
    expectTypeOf<keyof BelvoTriggerProps>().toEqualTypeOf<
      'onClick' | 'onPointerEnter' | 'onFocus' | 'onTouchStart' | 'aria-busy'
    >()
    expectTypeOf<BelvoTriggerProps['onPointerEnter']>().toEqualTypeOf<() => void>()
    expectTypeOf<{ prefetchOnIntent: true }>().toMatchTypeOf<BelvoWidgetProps>()
    expectTypeOf<{ prefetchOnIntent: 'yes' }>().not.toMatchTypeOf<BelvoWidgetProps>()
  })

  it('props are typed after Belvo’s contract', () => {
    expectTypeOf<BelvoWidgetProps['onSuccess']>().toEqualTypeOf<
      ((link: string, institution: string) => void) | undefined
    >()
    expectTypeOf<BelvoWidgetProps['onExit']>().parameter(0).toEqualTypeOf<BelvoExitData>()
    expectTypeOf<BelvoWidgetProps['locale']>().toEqualTypeOf<'es' | 'en' | 'pt' | undefined>()
    expectTypeOf<{ locale: 'fr' }>().not.toMatchTypeOf<BelvoWidgetProps>()
    expectTypeOf<{ country_codes: ['mx'] }>().not.toMatchTypeOf<BelvoWidgetProps>()
    expectTypeOf<{ token: () => Promise<{ access: string }> }>().toMatchTypeOf<BelvoWidgetProps>()
    expectTypeOf<{ token: number }>().not.toMatchTypeOf<BelvoWidgetProps>()
  })

  it('children is a render function of the widget', () => {
    expectTypeOf<BelvoWidgetProps['children']>().toEqualTypeOf<
      ((widget: UseBelvoWidgetResult) => ReactNode) | undefined
    >()
    expectTypeOf(BelvoWidget).returns.toEqualTypeOf<ReactNode>()
  })
})

import type { BelvoLocale, BelvoWidgetError } from '@belvo-widget/core'
import type { SvelteHTMLElements } from 'svelte/elements'
import { describe, expectTypeOf, it } from 'vitest'
import type { GlobalComponents } from 'vue'
import type {} from './define.ts'
import type { BelvoSuccessDetail, BelvoWidgetElement } from './index.ts'
import type {} from './react.ts'
import type {} from './svelte.ts'
import type {} from './vue.ts'

describe('types', () => {
  it('maps the tag to the class, with typed properties and events', () => {
    expectTypeOf(document.createElement('belvo-widget')).toEqualTypeOf<BelvoWidgetElement>()
    expectTypeOf<BelvoWidgetElement['country_codes']>().toEqualTypeOf<
      readonly ('MX' | 'CO' | 'BR')[] | undefined
    >()
    expectTypeOf<BelvoWidgetElement['locale']>().toEqualTypeOf<BelvoLocale | undefined>()
    const el = document.createElement('belvo-widget')
    el.addEventListener('belvo-success', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<{ link: string; institution: string }>()
    })
    el.addEventListener('belvo-error', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<BelvoWidgetError>()
    })
    // @ts-expect-error: the status is read-only
    el.status = 'open'
  })

  it('keeps the config key institution apart from the linked one', () => {
    expectTypeOf<BelvoWidgetElement['institution']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<BelvoWidgetElement['success']>().toEqualTypeOf<BelvoSuccessDetail | undefined>()
    // @ts-expect-error: the outcome is read-only
    document.createElement('belvo-widget').success = { link: 'l', institution: 'i' }
    expectTypeOf<BelvoWidgetElement['prefetchOnIntent']>().toEqualTypeOf<boolean | undefined>()
  })

  it('types the element in React 19 JSX: attributes, properties and events', () => {
    type Props = React.JSX.IntrinsicElements['belvo-widget']
    expectTypeOf<{
      'token-url': string
      locale: 'en'
      'country-codes': string
      country_codes: ['MX']
      'auto-open': true
      'prefetch-on-intent': true
      token: () => Promise<{ access: string }>
      'onbelvo-success': (event: CustomEvent<{ link: string; institution: string }>) => void
    }>().toExtend<Props>()
    expectTypeOf<{ locale: 'fr' }>().not.toExtend<Props>()
  })

  it('types the element in Svelte templates', () => {
    type Attributes = SvelteHTMLElements['belvo-widget']
    expectTypeOf<{
      'token-url': string
      'show-abandon-survey': true
      'onbelvo-exit': (event: CustomEvent) => void
    }>().toExtend<Attributes>()
    expectTypeOf<{ 'access-mode': 'sometimes' }>().not.toExtend<Attributes>()
  })

  it('types the element in Vue templates', () => {
    type Props = InstanceType<GlobalComponents['belvo-widget']>['$props']
    expectTypeOf<{
      'token-url': string
      onBelvoError: (event: CustomEvent<BelvoWidgetError>) => void
    }>().toExtend<Props>()
  })
})

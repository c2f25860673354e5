import type { BelvoStartupConfig } from '@belvo-widget/core'
import { mount } from '@vue/test-utils'
import { describe, expectTypeOf, it } from 'vitest'
import { createApp, ref } from 'vue'
import {
  BelvoWidget,
  type BelvoWidgetError,
  BelvoWidgetPlugin,
  type BelvoWidgetStatus,
  useBelvoWidget,
} from './index.ts'

describe('useBelvoWidget types', () => {
  it('takes values, refs and getters, and returns readonly refs', () => {
    const locale = ref<'en' | 'es'>('en')
    const { open, close, status, error, link, institution, exit } = useBelvoWidget({
      token: () => Promise.resolve({ access: 'jwt' }),
      locale,
      country_codes: () => ['MX'],
      show_close_dialog: false,
      onSuccess: (link, institution) => {
        expectTypeOf(link).toEqualTypeOf<string>()
        expectTypeOf(institution).toEqualTypeOf<string>()
      },
      onExit: (data) =>
        expectTypeOf(data.last_encountered_error?.message).toEqualTypeOf<string | undefined>(),
    })
    expectTypeOf(open).returns.toEqualTypeOf<Promise<void>>()
    expectTypeOf(close).returns.toBeVoid()
    expectTypeOf(status.value).toEqualTypeOf<BelvoWidgetStatus>()
    expectTypeOf(error.value).toEqualTypeOf<BelvoWidgetError | undefined>()
    expectTypeOf(link.value).toEqualTypeOf<string | undefined>()
    expectTypeOf(institution.value).toEqualTypeOf<string | undefined>()
    expectTypeOf(exit.value?.meta_data?.step).toMatchTypeOf<string | undefined>()
    // @ts-expect-error readonly
    status.value = 'open'
    useBelvoWidget(() => ({ token: 'jwt', locale: locale.value }))
    useBelvoWidget(ref({ token: 'jwt' }))
    // @ts-expect-error not a locale Belvo knows
    useBelvoWidget({ locale: 'fr' })
    // @ts-expect-error country codes are upper case
    useBelvoWidget({ country_codes: ['mx'] })
    const { triggerProps } = useBelvoWidget({ prefetchOnIntent: ref(true) })
    expectTypeOf<keyof typeof triggerProps>().toEqualTypeOf<
      'onClick' | 'onPointerenter' | 'onFocus' | 'onTouchstart' | 'aria-busy'
    >()
    // A token ref is fine; a callback ref too.
    useBelvoWidget({ token: ref('jwt'), onError: ref((e: BelvoWidgetError) => e.code) })
  })
})

describe('<BelvoWidget> types', () => {
  it('has a typed prop for every startup config key and typed emits', () => {
    type Props = InstanceType<typeof BelvoWidget>['$props']
    expectTypeOf<keyof BelvoStartupConfig>().toMatchTypeOf<keyof Props>()
    expectTypeOf<Props['show_close_dialog']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<Props['locale']>().toEqualTypeOf<'es' | 'en' | 'pt' | undefined>()
    expectTypeOf<Props['timeoutMs']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Props['prefetchOnIntent']>().toEqualTypeOf<boolean | undefined>()
    mount(BelvoWidget, {
      props: {
        token: 'jwt',
        country_codes: ['MX'],
        onSuccess: (link: string, institution: string) => [link, institution],
        onError: (error: BelvoWidgetError) => error.code,
      },
    })
    // @ts-expect-error not a country Belvo serves
    mount(BelvoWidget, { props: { country_codes: ['US'] } })
    // A list written `as const` is a config too.
    mount(BelvoWidget, { props: { country_codes: ['MX', 'CO'] as const } })
    // The success handler is the `success` event (`@success`): `callback` is no prop of it.
    expectTypeOf<Props>().not.toHaveProperty('callback')
    expectTypeOf<Props>().toHaveProperty('onSuccess')
  })
})

describe('BelvoWidgetPlugin types', () => {
  it('takes widget options as defaults', () => {
    createApp({}).use(BelvoWidgetPlugin, { src: '/sdk.js', locale: 'pt', token: () => 'jwt' })
    // @ts-expect-error not a locale Belvo knows
    createApp({}).use(BelvoWidgetPlugin, { locale: 'fr' })
  })
})

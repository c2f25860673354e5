// What a Vue 3.3 app's type check sees of the published build: the declarations in
// @belvo-widget/vue's dist/ (not its sources), with Vue 3.3's types. Type-checked only, never run.
import {
  BelvoWidget,
  type BelvoWidgetError,
  BelvoWidgetPlugin,
  type BelvoWidgetSlotProps,
  type BelvoWidgetStatus,
  useBelvoWidget,
} from '@belvo-widget/vue'
import { createApp, defineComponent, h, type Ref } from 'vue'

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const same = <A, B>(equal: Equal<A, B>) => equal

export const App = defineComponent({
  components: { BelvoWidget },
  setup() {
    const { open, status, error, link } = useBelvoWidget({
      token: () => Promise.resolve({ access: 'jwt' }),
      locale: 'es',
      country_codes: ['MX'],
      onSuccess: (link, institution) => [same<typeof link, string>(true), institution],
    })
    same<typeof status, Readonly<Ref<BelvoWidgetStatus>>>(true)
    same<typeof error.value, BelvoWidgetError | undefined>(true)
    same<typeof link.value, string | undefined>(true)
    // @ts-expect-error not a locale Belvo knows
    useBelvoWidget({ locale: 'fr' })
    return () => [
      h('button', { onClick: () => open() }, 'Link'),
      h(
        BelvoWidget,
        { token: 'jwt', onError: (error: BelvoWidgetError) => error.code },
        { default: (slot: BelvoWidgetSlotProps) => h('button', slot.triggerProps, slot.status) },
      ),
    ]
  },
})

type Props = InstanceType<typeof BelvoWidget>['$props']
same<Props['locale'], 'es' | 'en' | 'pt' | undefined>(true)
same<Props['show_close_dialog'], boolean | undefined>(true)
// @ts-expect-error not a country Belvo serves
export const us: Props = { country_codes: ['US'] }

createApp(App).use(BelvoWidgetPlugin, { src: '/sdk.js', locale: 'pt', token: () => 'jwt' })
// @ts-expect-error not a locale Belvo knows
createApp(App).use(BelvoWidgetPlugin, { locale: 'fr' })

import {
  type BELVO_CALLBACK_KEYS,
  BELVO_SCRIPT_KEYS,
  type BelvoExitData,
  type BelvoStartupConfig,
  type BelvoTriggerOptions,
  type BelvoWidgetCallbacks,
  type BelvoWidgetError,
  type BelvoWidgetEvent,
  type BelvoWidgetOptions,
} from '@belvo-widget/core'
import { BELVO_CONFIG_KEYS } from '@belvo-widget/core/config'
import {
  type AllowedComponentProps,
  type ComponentCustomProps,
  type ComponentOptionsMixin,
  type DefineComponent,
  defineComponent,
  type ExtractDefaultPropTypes,
  type ExtractPropTypes,
  inject,
  onMounted,
  type PropType,
  proxyRefs,
  type SlotsType,
  type VNodeProps,
} from 'vue'
import {
  BELVO_WIDGET_DEFAULTS,
  type UseBelvoWidgetReturn,
  useBelvoWidget,
} from './useBelvoWidget.ts'

type Options = BelvoWidgetOptions & BelvoTriggerOptions
// Callbacks are events here (core's BELVO_CALLBACK_KEYS), as at run time below.
type PropKey = Exclude<keyof Options, (typeof BELVO_CALLBACK_KEYS)[number]>
// One prop per config key and script option (from core's key lists), `token`,
// `retryInvalidToken` and `prefetchOnIntent`. Every prop defaults to `undefined`, booleans
// included (Vue would cast an absent one to `false`), so Belvo's own defaults hold. Values are
// checked by core when the widget opens.
const props = /* @__PURE__ */ Object.fromEntries(
  [
    ...Object.entries(BELVO_CONFIG_KEYS),
    ...BELVO_SCRIPT_KEYS.map((key) => [key]),
    ['token'],
    ['retryInvalidToken', 'boolean'],
    ['prefetchOnIntent', 'boolean'],
  ].map(([key, kind]) => [key, { type: kind === 'boolean' ? Boolean : null, default: undefined }]),
) as {
  [K in PropKey]-?: { type: PropType<Options[K]>; default: undefined }
}

// The events' payloads, for the component's type; at run time Vue needs only their names.
type Emits = {
  success: (link: string, institution: string) => true
  exit: (data: BelvoExitData) => true
  event: (event: BelvoWidgetEvent) => true
  error: (error: BelvoWidgetError) => true
}

/** What the default slot of {@link BelvoWidget} receives. */
export type BelvoWidgetSlotProps = Pick<
  UseBelvoWidgetReturn,
  'open' | 'close' | 'prefetch' | 'triggerProps'
> & {
  [K in 'status' | 'error' | 'link' | 'institution' | 'exit']: UseBelvoWidgetReturn[K]['value']
}

// Spelled out with the 13 type parameters every Vue from 3.3 has: the type TypeScript infers on
// a newer Vue names parameters and types an older one lacks.
// biome-ignore lint/complexity/noBannedTypes: `{}` is what Vue itself uses for "none" here.
type None = {}
type Props = typeof props
type BelvoWidgetComponent = DefineComponent<
  Props,
  None,
  None,
  None,
  None,
  ComponentOptionsMixin,
  ComponentOptionsMixin,
  Emits,
  string,
  VNodeProps & AllowedComponentProps & ComponentCustomProps,
  // The events' listeners (`onSuccess`…); Belvo's `callback` name is for options, not events.
  Readonly<ExtractPropTypes<Props>> & Omit<BelvoWidgetCallbacks, 'callback'>,
  ExtractDefaultPropTypes<Props>,
  SlotsType<{ default: BelvoWidgetSlotProps }>
>

/**
 * Belvo's Connect widget as a component. Without a default slot it opens when mounted; with one,
 * the slot gets `{ open, close, prefetch, triggerProps, status, error, link, institution, exit }`
 * to open it on demand.
 * Unmounting closes it and clears its DOM.
 *
 * @example
 * <BelvoWidget :token="fetchToken" locale="en" :country_codes="['MX']" @success="onLinked">
 *   <template #default="{ open, status }">
 *     <button :disabled="status === 'loading'" @click="open">Add bank account</button>
 *   </template>
 * </BelvoWidget>
 */
export const BelvoWidget = /* @__PURE__ */ defineComponent({
  name: 'BelvoWidget',
  props,
  emits: ['success', 'exit', 'event', 'error'],
  slots: Object as SlotsType<{ default: BelvoWidgetSlotProps }>,
  setup(props, { emit, slots }) {
    // The plugin's callbacks run for every widget, and the component's events fire too.
    const defaults = inject(BELVO_WIDGET_DEFAULTS, {})
    // proxyRefs() unwraps the refs (and nothing deeper): the slot gets plain, current values.
    const widget = proxyRefs(
      useBelvoWidget(() => ({
        ...(props as BelvoStartupConfig),
        onSuccess: (link: string, institution: string) => {
          emit('success', link, institution)
          ;(defaults.onSuccess ?? defaults.callback)?.(link, institution)
        },
        onExit: (data: BelvoExitData) => {
          emit('exit', data)
          defaults.onExit?.(data)
        },
        onEvent: (event: BelvoWidgetEvent) => {
          emit('event', event)
          defaults.onEvent?.(event)
        },
        onError: (error: BelvoWidgetError) => {
          emit('error', error)
          defaults.onError?.(error)
        },
      })),
    )
    onMounted(() => slots.default || widget.open())
    return () => slots.default?.({ ...widget })
  },
}) as unknown as BelvoWidgetComponent

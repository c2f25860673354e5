import type {
  BelvoExitData,
  BelvoStartupConfig,
  BelvoWidgetError,
  BelvoWidgetEvent,
  BelvoWidgetOptions,
} from '@belvo-widget/core'
import { defineComponent, onMounted, type PropType, type SlotsType } from 'vue'
import { type UseBelvoWidgetReturn, useBelvoWidget } from './useBelvoWidget.ts'

type PropKey = Exclude<keyof BelvoWidgetOptions, `on${string}`>
const BOOLEANS = ['show_close_dialog', 'show_abandon_survey', 'social_proof']
const KEYS = `${BOOLEANS},access_mode,external_id,country_codes,institutions,institution,institution_types,resources,locale,integration_type,mode,company_name,company_icon,company_logo,company_benefit_header,company_benefit_content,opportunity_loss,token,src,nonce,integrity,crossOrigin,timeoutMs`

// Every prop defaults to `undefined`, booleans included (Vue would cast an absent one to
// `false`), so Belvo's own defaults hold. Values are checked by core when the widget opens.
const props = Object.fromEntries(
  KEYS.split(',').map((key) => [
    key,
    { type: BOOLEANS.includes(key) ? Boolean : null, default: undefined },
  ]),
) as unknown as { [K in PropKey]-?: { type: PropType<BelvoWidgetOptions[K]>; default: undefined } }

/** What the default slot of {@link BelvoWidget} receives. */
export type BelvoWidgetSlotProps = Pick<UseBelvoWidgetReturn, 'open' | 'close'> & {
  [K in 'status' | 'error' | 'link' | 'institution' | 'exit']: UseBelvoWidgetReturn[K]['value']
}

/**
 * Belvo's Connect widget as a component. Without a default slot it opens when mounted; with one,
 * the slot gets `{ open, close, status, error, link, institution, exit }` to open it on demand.
 * Unmounting closes it and clears its DOM.
 *
 * @example
 * <BelvoWidget :token="fetchToken" locale="en" :country_codes="['MX']" @success="onLinked">
 *   <template #default="{ open, status }">
 *     <button :disabled="status === 'loading'" @click="open">Add bank account</button>
 *   </template>
 * </BelvoWidget>
 */
export const BelvoWidget = defineComponent({
  name: 'BelvoWidget',
  props,
  emits: {
    success: (_link: string, _institution: string) => true,
    exit: (_data: BelvoExitData) => true,
    event: (_event: BelvoWidgetEvent) => true,
    error: (_error: BelvoWidgetError) => true,
  },
  slots: Object as SlotsType<{ default: BelvoWidgetSlotProps }>,
  setup(props, { emit, slots }) {
    const { open, close, status, error, link, institution, exit } = useBelvoWidget(() => ({
      ...(props as BelvoStartupConfig),
      onSuccess: (link: string, institution: string) => emit('success', link, institution),
      onExit: (data: BelvoExitData) => emit('exit', data),
      onEvent: (event: BelvoWidgetEvent) => emit('event', event),
      onError: (error: BelvoWidgetError) => emit('error', error),
    }))
    onMounted(() => slots.default || open())
    return () =>
      slots.default?.({
        open,
        close,
        status: status.value,
        error: error.value,
        link: link.value,
        institution: institution.value,
        exit: exit.value,
      })
  },
})

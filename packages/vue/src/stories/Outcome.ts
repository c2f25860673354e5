import { defineComponent, h, type PropType } from 'vue'
import type { BelvoWidgetSlotProps } from '../BelvoWidget.ts'
import type { BelvoExitData } from '../index.ts'

/**
 * A button and the widget's state, as an app would show them: the button takes `triggerProps`
 * (the click opens, `aria-busy` while loading, prefetch on intent when asked for).
 */
export const Outcome = defineComponent({
  name: 'WidgetOutcome',
  props: {
    open: { type: Function as PropType<BelvoWidgetSlotProps['open']>, required: true },
    close: { type: Function as PropType<BelvoWidgetSlotProps['close']>, required: true },
    prefetch: Function as PropType<BelvoWidgetSlotProps['prefetch']>,
    triggerProps: {
      type: Object as PropType<BelvoWidgetSlotProps['triggerProps']>,
      required: true,
    },
    status: { type: String as PropType<BelvoWidgetSlotProps['status']>, required: true },
    error: Object as PropType<BelvoWidgetSlotProps['error']>,
    link: String,
    institution: String,
    exit: Object as PropType<BelvoExitData>,
  },
  setup(props) {
    return () => {
      const { status, error, link, institution, exit } = props
      const busy = status === 'loading'
      const left = exit?.last_encountered_error
      return h(
        'div',
        { style: 'font-family: system-ui, sans-serif; display: grid; gap: 8px; max-width: 480px' },
        [
          h('div', { style: 'display: flex; gap: 8px' }, [
            h(
              'button',
              { ...props.triggerProps, type: 'button', disabled: busy },
              busy ? 'Opening…' : 'Add bank account',
            ),
            h('button', { type: 'button', onClick: props.close }, 'Cancel'),
          ]),
          h('p', ['Status: ', h('code', status)]),
          link && h('p', { role: 'status' }, [`Linked ${institution}: `, h('code', link)]),
          exit &&
            h(
              'p',
              { role: 'status' },
              `You closed the widget${left ? ` after ${left.code}: ${left.message}` : '.'}`,
            ),
          error && h('p', { role: 'alert' }, `${error.code}: ${error.message}`),
        ],
      )
    }
  },
})

export * from '@belvo-widget/core'
export { BelvoWidget, type BelvoWidgetSlotProps } from './BelvoWidget.ts'
export { BelvoWidgetPlugin } from './plugin.ts'
export {
  BELVO_WIDGET_DEFAULTS,
  type UseBelvoWidgetOptions,
  type UseBelvoWidgetReturn,
  useBelvoWidget,
} from './useBelvoWidget.ts'

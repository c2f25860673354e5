export {
  type BelvoExitData,
  type BelvoStartupConfig,
  BelvoWidgetError,
  type BelvoWidgetErrorCode,
  type BelvoWidgetEvent,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
} from '@belvo-widget/core'
export { BelvoWidget, type BelvoWidgetProps } from './BelvoWidget.ts'
export { type UseBelvoWidgetResult, useBelvoWidget } from './useBelvoWidget.ts'

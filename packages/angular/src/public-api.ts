export {
  type BelvoExitData,
  type BelvoStartupConfig,
  type BelvoTokenSource,
  BelvoWidgetError,
  type BelvoWidgetErrorCode,
  type BelvoWidgetEvent,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
} from '@belvo-widget/core'
export {
  type BelvoWidgetConfig,
  BelvoWidgetDirective,
  type BelvoWidgetSuccess,
} from './lib/belvo-widget.directive'
export { BELVO_WIDGET_DEFAULTS, provideBelvoWidget } from './lib/defaults'
export { type BelvoWidgetRef, injectBelvoWidget } from './lib/inject-belvo-widget'

export * from '@belvo-widget/core'
export {
  BelvoWidgetDirective,
  type BelvoWidgetSuccess,
} from './lib/belvo-widget.directive'
export { BELVO_WIDGET_DEFAULTS, provideBelvoWidget } from './lib/defaults'
export { type BelvoWidgetRef, injectBelvoWidget } from './lib/inject-belvo-widget'

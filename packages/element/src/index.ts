// Core's public API, so that an app installs this one package.
export * from '@belvo-widget/core'
export {
  type BelvoSuccessDetail,
  BelvoWidgetElement,
  type BelvoWidgetElementEventMap,
  type BelvoWidgetElementOptions,
} from './element.ts'

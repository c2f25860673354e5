// Core's public API, so that an app installs this one package.
export * from '@belvo-widget/core'
export type { BelvoWidgetElementAttributes } from './attributes.ts'
export { BelvoWidgetElement } from './element.ts'
export type {
  BelvoSuccessDetail,
  BelvoWidgetElementEventMap,
  BelvoWidgetElementOptions,
  BelvoWidgetElementState,
} from './events.ts'

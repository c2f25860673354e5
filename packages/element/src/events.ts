import type {
  BelvoExitData,
  BelvoWidgetCallbacks,
  BelvoWidgetError,
  BelvoWidgetEvent,
  BelvoWidgetOptions,
  BelvoWidgetState,
} from '@belvo-widget/core'

/** What `belvo-success` carries. */
export interface BelvoSuccessDetail {
  /** The link id: store it server-side and fetch the account's data from there. */
  link: string
  /** The institution code, e.g. `erebor_mx_retail`. */
  institution: string
}

/** The events `<belvo-widget>` dispatches (all bubble and cross shadow roots). */
export interface BelvoWidgetElementEventMap extends HTMLElementEventMap {
  'belvo-success': CustomEvent<BelvoSuccessDetail>
  'belvo-exit': CustomEvent<BelvoExitData>
  'belvo-event': CustomEvent<BelvoWidgetEvent>
  'belvo-error': CustomEvent<BelvoWidgetError>
}

/**
 * What the `state` property holds: core's state, where `institution` is the outcome. On the
 * element `institution` is also Belvo's startup config key (the `institution` attribute).
 */
export type BelvoWidgetElementState = Omit<BelvoWidgetState, 'institution'> & {
  /**
   * @deprecated Read `el.success?.institution`: `el.institution` is the startup config key, and
   * the same name for the outcome here reads as the same value.
   */
  institution?: string
}

/** What the `options` property takes: core's options but the callbacks (events replace them). */
export type BelvoWidgetElementOptions = Omit<BelvoWidgetOptions, keyof BelvoWidgetCallbacks>

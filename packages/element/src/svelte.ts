/**
 * `<belvo-widget>` in Svelte 5 templates (`svelte-check`, editors): add
 * `/// <reference types="@belvo-widget/element/svelte" />` to a `.d.ts` of your app. Svelte sets
 * what the element has as properties (`country_codes={['MX']}`, `token={fetchToken}`) and the
 * rest as attributes; events are `onbelvo-success`, `onbelvo-exit`, `onbelvo-event`, `onbelvo-error`.
 *
 * @example
 * <belvo-widget token-url="/api/widget-token" locale="en" onbelvo-success={(e) => save(e.detail.link)}>
 *   <button slot="trigger" type="button">Add bank account</button>
 * </belvo-widget>
 * @module
 */
import type { HTMLAttributes } from 'svelte/elements'
import type { BelvoWidgetElement } from './element.ts'
import type { BelvoWidgetElementAttributes, BelvoWidgetEventProps } from './typings.ts'

/** The attributes, properties and events of `<belvo-widget>` in a Svelte template. */
export type BelvoWidgetSvelteAttributes = HTMLAttributes<BelvoWidgetElement> &
  BelvoWidgetElementAttributes &
  BelvoWidgetEventProps<'on'>

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'belvo-widget': BelvoWidgetSvelteAttributes
  }
}

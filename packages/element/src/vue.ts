/**
 * `<belvo-widget>` in Vue templates (`vue-tsc`, Volar): `import type {} from
 * '@belvo-widget/element/vue'` once, and tell Vue's compiler the tag is a custom element
 * (`compilerOptions.isCustomElement: (tag) => tag === 'belvo-widget'`). Vue sets what the element
 * has as properties (`:country_codes="['MX']"`, `:token="fetchToken"`) and the rest as
 * attributes; events are `@belvo-success`, `@belvo-exit`, `@belvo-event` and `@belvo-error`.
 *
 * @example
 * <belvo-widget token-url="/api/widget-token" locale="en" @belvo-success="save($event.detail.link)">
 *   <button slot="trigger" type="button">Add bank account</button>
 * </belvo-widget>
 * @module
 */
import type { HTMLAttributes } from 'vue'
import type { BelvoWidgetElement } from './element.ts'
import type { BelvoWidgetElementEventMap } from './events.ts'
import type { BelvoWidgetElementAttributes } from './typings.ts'

type Events = {
  [E in keyof BelvoWidgetElementEventMap as E extends `belvo-${infer Name}`
    ? `onBelvo${Capitalize<Name>}`
    : never]?: (event: BelvoWidgetElementEventMap[E]) => void
}

/** `<belvo-widget>` as Vue's type checker sees it: the element, its attributes and events. */
export type BelvoWidgetVueComponent = new () => BelvoWidgetElement & {
  $props: HTMLAttributes & BelvoWidgetElementAttributes & Events
}

declare module 'vue' {
  interface GlobalComponents {
    'belvo-widget': BelvoWidgetVueComponent
  }
}

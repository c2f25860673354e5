/**
 * `<belvo-widget>` in React 19's JSX: `import type {} from '@belvo-widget/element/react'` once
 * (or list it in `compilerOptions.types`). React sets the props the element has as properties
 * (`country_codes={['MX']}`, `token={fetchToken}`) and the rest as attributes; events are
 * `onbelvo-success`, `onbelvo-exit`, `onbelvo-event` and `onbelvo-error`.
 *
 * @example
 * <belvo-widget token-url="/api/widget-token" locale="en" onbelvo-success={(e) => save(e.detail.link)}>
 *   <button slot="trigger" type="button">Add bank account</button>
 * </belvo-widget>
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react'
import type { BelvoWidgetElement } from './element.ts'
import type { BelvoWidgetElementAttributes, BelvoWidgetEventProps } from './typings.ts'

/** The props of `<belvo-widget>` in React's JSX. */
export type BelvoWidgetJsxProps = DetailedHTMLProps<
  HTMLAttributes<BelvoWidgetElement>,
  BelvoWidgetElement
> &
  BelvoWidgetElementAttributes &
  BelvoWidgetEventProps<'on'>

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'belvo-widget': BelvoWidgetJsxProps
    }
  }
}

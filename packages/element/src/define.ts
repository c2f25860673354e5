import { BelvoWidgetElement } from './element.ts'

// Registers <belvo-widget> once. Does nothing on a server (no registry) or when a tag of that
// name is already defined, e.g. by a second copy of this package on the page.
if (typeof customElements === 'object' && !customElements.get('belvo-widget')) {
  customElements.define('belvo-widget', BelvoWidgetElement)
}

declare global {
  interface HTMLElementTagNameMap {
    'belvo-widget': BelvoWidgetElement
  }
}

// The main entry's exports, re-exported from their sources (a re-export of './index.ts' makes
// the bundler emit a shared chunk for it).
export * from '@belvo-widget/core'
export type {
  BelvoSuccessDetail,
  BelvoWidgetElementEventMap,
  BelvoWidgetElementOptions,
  BelvoWidgetElementState,
} from './events.ts'
export { BelvoWidgetElement }

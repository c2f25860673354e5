import type { BelvoTriggerOptions, BelvoWidgetOptions } from '@belvo-widget/core'
import type { Plugin } from 'vue'
import { BELVO_WIDGET_DEFAULTS } from './useBelvoWidget.ts'

/**
 * App-wide defaults for every {@link useBelvoWidget} and `<BelvoWidget>`: script `src`, `nonce`,
 * `locale`, a `token` function, `prefetchOnIntent`, any option. What a component sets wins.
 *
 * @example
 * createApp(App)
 *   .use(BelvoWidgetPlugin, {
 *     src: import.meta.env.VITE_BELVO_SDK_SRC,
 *     locale: 'es',
 *     token: () => fetch('/api/widget-token', { method: 'POST' }).then((r) => r.json()),
 *   })
 *   .mount('#app')
 */
export const BelvoWidgetPlugin: Plugin<[defaults?: BelvoWidgetOptions & BelvoTriggerOptions]> = {
  install(app, defaults = {}) {
    app.provide(BELVO_WIDGET_DEFAULTS, defaults)
  },
}

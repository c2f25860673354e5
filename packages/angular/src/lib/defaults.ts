import {
  EnvironmentInjector,
  type EnvironmentProviders,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  runInInjectionContext,
} from '@angular/core'
import type { BelvoTriggerOptions, BelvoWidgetOptions } from '@belvo-widget/core'

type Defaults = BelvoWidgetOptions & BelvoTriggerOptions

/**
 * Options every widget in the application starts from: script `src`, `nonce`, `locale`, `token`,
 * `prefetchOnIntent`...
 */
export const BELVO_WIDGET_DEFAULTS = new InjectionToken<Defaults>('BELVO_WIDGET_DEFAULTS')

/**
 * Sets application-wide defaults for every `[belvoWidget]` and `injectBelvoWidget()`: an option a
 * widget leaves unset (or sets to `undefined`) falls back to the default, the same rule as React's
 * `BelvoWidgetProvider` and Vue's `BelvoWidgetPlugin`. A `token`
 * function given here runs in the application's injection context, so it may call `inject()`.
 *
 * @example
 * bootstrapApplication(App, {
 *   providers: [
 *     provideHttpClient(),
 *     provideBelvoWidget({
 *       locale: 'en',
 *       token: () => firstValueFrom(inject(HttpClient).post<{ access: string }>('/api/widget-token', {})),
 *     }),
 *   ],
 * })
 */
export function provideBelvoWidget(defaults: Defaults): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: BELVO_WIDGET_DEFAULTS,
      useFactory: (): Defaults => {
        const { token } = defaults
        if (typeof token !== 'function') return defaults
        const injector = inject(EnvironmentInjector)
        return { ...defaults, token: () => runInInjectionContext(injector, token) }
      },
    },
  ])
}

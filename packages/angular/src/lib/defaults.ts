import {
  EnvironmentInjector,
  type EnvironmentProviders,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  runInInjectionContext,
} from '@angular/core'
import type { BelvoWidgetOptions } from '@belvo-widget/core'

/** Options every widget in the application starts from: script `src`, `nonce`, `locale`, `token`... */
export const BELVO_WIDGET_DEFAULTS = new InjectionToken<BelvoWidgetOptions>('BELVO_WIDGET_DEFAULTS')

/**
 * Sets application-wide defaults for every `[belvoWidget]` and `injectBelvoWidget()`. A `token`
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
export function provideBelvoWidget(defaults: BelvoWidgetOptions): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: BELVO_WIDGET_DEFAULTS,
      useFactory: (): BelvoWidgetOptions => {
        const { token } = defaults
        if (typeof token !== 'function') return defaults
        const injector = inject(EnvironmentInjector)
        return { ...defaults, token: () => runInInjectionContext(injector, token) }
      },
    },
  ])
}

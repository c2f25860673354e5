import { provideHttpClient, withFetch } from '@angular/common/http'
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core'
import { provideClientHydration, withEventReplay } from '@angular/platform-browser'
import { provideRouter } from '@angular/router'
import { provideBelvoWidget } from '@belvo-widget/angular'

// The route's Response as it is: core reads `access` from it, and when the route fails, its own
// message (with the status) becomes the widget's `token_failed` error.
const fetchToken = () => fetch('/api/widget-token', { method: 'POST' })

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter([]),
    provideHttpClient(withFetch()),
    provideClientHydration(withEventReplay()),
    // App-wide defaults for every [belvoWidget] and injectBelvoWidget().
    provideBelvoWidget({ token: fetchToken, locale: 'en' }),
  ],
}

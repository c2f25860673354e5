import { provideHttpClient, withFetch } from '@angular/common/http'
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core'
import { provideClientHydration, withEventReplay } from '@angular/platform-browser'
import { provideRouter } from '@angular/router'
import { provideBelvoWidget } from '@belvo-widget/angular'

/** Asks this app's token route; a failed answer becomes the widget's `token_failed` error. */
async function fetchToken(): Promise<{ access: string }> {
  const response = await fetch('/api/widget-token', { method: 'POST' })
  const body = await response.json()
  if (!response.ok) {
    throw new Error(body.error?.message ?? `The token route answered ${response.status}.`)
  }
  return body
}

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

import { HttpClient, provideHttpClient, withFetch } from '@angular/common/http'
import {
  type ApplicationConfig,
  inject,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core'
import { provideRouter } from '@angular/router'
import { provideBelvoWidget } from '@belvo-widget/angular'
import { firstValueFrom } from 'rxjs'
import { routes } from './app.routes'
import { SANDBOX_CONFIG, type SandboxConfig } from './sandbox-config'

export const appConfig = (config: SandboxConfig): ApplicationConfig => ({
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes),
    provideHttpClient(withFetch()),
    { provide: SANDBOX_CONFIG, useValue: config },
    // Every widget in the app loads the script from here and asks the demo server for a token.
    provideBelvoWidget({
      src: config.sdkSrc,
      locale: 'en',
      token: () =>
        firstValueFrom(
          inject(HttpClient).post<{ access: string }>(
            `${config.demoServerUrl}/api/widget-token`,
            {},
          ),
        ),
    }),
  ],
})

import { InjectionToken, inject, makeStateKey, TransferState } from '@angular/core'

const SDK_SRC_KEY = makeStateKey<string>('belvoSdkSrc')

/**
 * The URL of Belvo's SDK script; empty for Belvo's CDN. The server reads `BELVO_SDK_SRC` when
 * it renders (app.config.server.ts) and hands it to the browser with the page.
 */
export const BELVO_SDK_SRC = new InjectionToken<string>('BELVO_SDK_SRC', {
  providedIn: 'root',
  factory: () => inject(TransferState).get(SDK_SRC_KEY, ''),
})

/** The server's provider: the environment's value, also written into the page's state. */
export function provideServerSdkSrc() {
  return {
    provide: BELVO_SDK_SRC,
    useFactory: () => {
      const src = process.env.BELVO_SDK_SRC ?? ''
      inject(TransferState).set(SDK_SRC_KEY, src)
      return src
    },
  }
}

// Entry of the served script (`belvo-widget-1-stable.js`, an IIFE bundle). Unlike the
// package's modules it runs on load: defining `window.belvoSDK` is what the CDN script does.
import { createBelvoSdk, defineWrongGlobal } from './create-sdk.ts'
import { createHttpBackend } from './http-backend.ts'
import { BELVO_CDN, BELVO_WIDGET_API, isSdkScriptSrc } from './script-names.ts'
import type { PayloadStyle } from './types.ts'

const SUCCESS_DELAY_MS = 800

function ownScriptUrl(): URL {
  const current = document.currentScript as HTMLScriptElement | null
  const src =
    current?.src || Array.from(document.scripts, (s) => s.src).find(isSdkScriptSrc) || location.href
  return new URL(src, location.href)
}

const url = ownScriptUrl()
// The emulator that served this script also checks its tokens and creates its links. Loaded
// from Belvo's own CDN address (a browser test that answers Belvo's hosts with the emulator),
// it calls the host Belvo's widget calls, so that a page's CSP is tested as the real one would be.
const base =
  url.origin === BELVO_CDN
    ? BELVO_WIDGET_API
    : url.origin + url.pathname.slice(0, url.pathname.lastIndexOf('/'))
const style = url.searchParams.get('payloadStyle')
// The success screen shows this long before `callback` fires (Belvo does not say how long its
// own shows); `?successDelayMs=0` on the script URL calls back at once.
const delay = Number(url.searchParams.get('successDelayMs') ?? SUCCESS_DELAY_MS)
const createWidgetCalls: Array<{ token: string; config: object }> = []
let buildCount = 0

const sdk = createBelvoSdk({
  window,
  backend: createHttpBackend(base),
  payloadStyle: style === 'wrapped' || style === 'bare' ? (style as PayloadStyle) : undefined,
  successDelayMs: Number.isFinite(delay) && delay >= 0 ? delay : SUCCESS_DELAY_MS,
  onCreateWidget: (token, config) => createWidgetCalls.push({ token, config }),
  onBuild: () => {
    buildCount++
  },
})

// `emulator` is not part of Belvo's SDK: it lets browser tests count builds.
;(window as unknown as { belvoSDK: unknown }).belvoSDK = {
  createWidget: sdk.createWidget,
  emulator: {
    get buildCount() {
      return buildCount
    },
    get createWidgetCalls(): ReadonlyArray<{ token: string; config: object }> {
      return createWidgetCalls
    },
  },
}
defineWrongGlobal(window)

import { BelvoWidgetError } from './errors.ts'
import type { BelvoSdk } from './types.ts'

/** Belvo's CDN address for the Web SDK. */
export const BELVO_SDK_URL = 'https://cdn.belvo.io/belvo-widget-1-stable.js'

export interface LoadBelvoSdkOptions {
  /**
   * Script address: Belvo's CDN, `https://cdn.belvo.io/belvo-widget-1-stable.js`, by default (the
   * one name Belvo documents, for sandbox and production keys alike). Apps built from Belvo's older
   * sandbox guide load `https://cdn.belvo.io/belvo-widget-sandbox-1-stable.js`, which works the
   * same. No pinned version of the script is known. In development point it at the emulator,
   * which serves both names (`http://127.0.0.1:5100/belvo-widget-1-stable.js`); any other name
   * fails to load there (`script_load_failed`), as it would on Belvo's CDN.
   */
  src?: string
  /** CSP nonce copied onto the script (and preload) tag. */
  nonce?: string
  /** Subresource Integrity hash; set `crossOrigin` with it. */
  integrity?: string
  crossOrigin?: 'anonymous' | 'use-credentials'
  /** Give up after this long. Default 15 000 ms. */
  timeoutMs?: number
}

// Core declares no global `Window.belvoSDK`, so an app's own declaration (`any`, or a type of its
// own) never clashes with one of ours; it reads the global through this typed view instead.
export type BelvoWindow = Window & { belvoSDK?: BelvoSdk }

const flights: Record<string, Promise<BelvoSdk>> = {}
// Failed loads per address. Chromium joins a new <script> with the same URL to a request still
// stalled, and WebKit keeps a failed answer to a preload for the page's life, so the retry after
// a failure asks for `?retry=<n>`: a request of its own.
const failures: Record<string, number> = {}

/** The script's absolute address for `options`. */
export const resolveSrc = (options: LoadBelvoSdkOptions): string =>
  new URL(options.src ?? BELVO_SDK_URL, document.baseURI).href

export const findScript = (href: string): HTMLScriptElement | undefined =>
  [...document.scripts].find((script) => script.src === href)

/** Copies the security attributes onto a `<script>` or `<link rel=preload>`. */
export const secure = (el: Element, options: LoadBelvoSdkOptions): void => {
  // An HTML document lowercases attribute names: `crossOrigin` sets `crossorigin`.
  for (const name of ['nonce', 'integrity', 'crossOrigin'] as const) {
    const value = options[name]
    if (value) el.setAttribute(name, value)
  }
}

/**
 * Loads Belvo's SDK once and resolves `window.belvoSDK`. Concurrent callers share one request;
 * a tag already in the page is reused; a failed or timed-out load removes its tag and rejects
 * with a {@link BelvoWidgetError}, so the next call tries again.
 *
 * A browser joins a new tag with the same URL to a request that is still stalled, and WebKit keeps
 * a failed answer to a `<link rel=preload>` for the page's life, so the call after a failure
 * (`script_timeout`, `script_load_failed`) requests `src` with `?retry=1` (`&retry=1` when `src` has a query),
 * then `retry=2`, …: a fresh request that a CDN may answer from its origin rather than its cache.
 * The file is the same, so an `integrity` hash still matches, and CSP source lists match
 * addresses without their query, so the allowed `script-src` needs no change.
 *
 * @example
 * const sdk = await loadBelvoSdk({ nonce: cspNonce })
 */
export function loadBelvoSdk(options: LoadBelvoSdkOptions = {}): Promise<BelvoSdk> {
  if (typeof document !== 'object') {
    return Promise.reject(
      new BelvoWidgetError(
        'not_in_browser',
        // @ts-ignore: `process` is typed only where @types/node is
        process.env.NODE_ENV !== 'production'
          ? 'Belvo’s SDK needs a browser: open the widget from an event handler or effect, not during SSR.'
          : '',
      ),
    )
  }
  if ((window as BelvoWindow).belvoSDK) return Promise.resolve((window as BelvoWindow).belvoSDK!)
  const href = resolveSrc(options)
  // Only a pending load is shared: afterwards window.belvoSDK answers, or a failure retries.
  flights[href] ??= new Promise<BelvoSdk>((resolve, reject) => {
    const retry = failures[href]
    const url = retry ? `${href}${href.includes('?') ? '&' : '?'}retry=${retry}` : href
    const script = findScript(url) ?? document.createElement('script')
    const ms = options.timeoutMs ?? 15e3
    const settle = (code?: 'script_load_failed' | 'script_timeout') => {
      clearTimeout(timer)
      if (!code && (window as BelvoWindow).belvoSDK)
        return resolve((window as BelvoWindow).belvoSDK!)
      // A dead tag would be found again by the next call; drop it so a retry fetches afresh.
      script.remove()
      failures[href] = (retry ?? 0) + 1
      reject(
        new BelvoWidgetError(
          code ?? 'sdk_missing',
          href +
            // @ts-ignore: `process` is typed only where @types/node is
            (process.env.NODE_ENV !== 'production'
              ? code === 'script_timeout'
                ? ` did not load within ${ms} ms (raise timeoutMs?)`
                : code
                  ? ' failed to load: check the address, network and CSP'
                  : ' defined no window.belvoSDK: is src belvo-widget-1-stable.js?'
              : ''),
        ),
      )
    }
    const timer = setTimeout(settle, ms, 'script_timeout')
    script.addEventListener('load', () => settle())
    script.addEventListener('error', () => settle('script_load_failed'))
    if (!script.isConnected) {
      script.src = url
      script.async = true
      secure(script, options)
      document.head.append(script)
    }
  }).finally(() => delete flights[href])
  return flights[href]
}

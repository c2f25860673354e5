import {
  type BelvoWindow,
  findScript,
  type LoadBelvoSdkOptions,
  resolveSrc,
  secure,
} from './loader.ts'

/**
 * Adds a `preload` hint for the SDK (which opens the connection too), so the first `open()` finds
 * the script downloaded but not yet run. Safe to call many times, and on the server (does nothing
 * there). Most apps need none: the bindings' triggers prefetch on intent, and `loadBelvoSdk()`
 * called early downloads and runs the script.
 *
 * @example
 * preloadBelvoSdk() // on page load, before the user clicks "Add bank account"
 */
export function preloadBelvoSdk(options: LoadBelvoSdkOptions = {}): void {
  if (typeof document !== 'object' || (window as BelvoWindow).belvoSDK) return
  const href = resolveSrc(options)
  if (findScript(href) || document.querySelector(`link[rel=preload][href="${href}"]`)) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.setAttribute('as', 'script')
  link.href = href
  secure(link, options)
  document.head.append(link)
}

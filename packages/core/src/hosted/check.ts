import { BelvoWidgetError } from '../errors.ts'
import type { HostedCallbackUrls } from './index.ts'
import { parseUrl } from './url.ts'

const SCHEME = /^[a-z][a-z0-9+.-]*$/i

/**
 * What is wrong with one callback URL, as a sentence that says the fix, or `undefined` when it
 * can receive the hosted widget's redirects. Refused: anything that is not an absolute address,
 * a scheme with characters RFC 3986 does not allow (`your_deeplink_here://`: browsers then read
 * the redirect as a relative address and the app never sees it), an http(s) URL without a host,
 * and a `#fragment` (the widget appends `?…` to the URL, which would land inside the fragment).
 *
 * @example
 * callbackUrlProblem('your_deeplink_here://success')
 * // '"your_deeplink_here://success" has "_" in its scheme, … use "your-deeplink-here://success"'
 */
export function callbackUrlProblem(url: unknown): string | undefined {
  const shown = JSON.stringify(url)
  if (typeof url !== 'string' || !url) {
    return `must be a deep link (myapp://success) or an https URL; got ${shown}`
  }
  const parts = parseUrl(url)
  const scheme = /^([^:/?#]+):/.exec(url)?.[1]
  if (scheme && !SCHEME.test(scheme)) {
    const fixed = scheme
      .toLowerCase()
      .replace(/[^a-z0-9+.-]/g, '-')
      .replace(/^[^a-z]+/, '')
    const bad = scheme.replace(/[a-z0-9+.-]/gi, '')[0] ?? scheme[0]
    return `${shown} has ${JSON.stringify(bad)} in its scheme, which URLs may not contain (RFC 3986 allows letters, digits, "+", "-" and "."): browsers read the redirect as a relative address and your app never receives it. Register and use a scheme such as "${fixed}" (${JSON.stringify(url.replace(scheme, fixed))})`
  }
  if (!parts) {
    return `${shown} is not an absolute address: write a deep link (myapp://success) or an https URL`
  }
  if (parts.hash || url.includes('#')) {
    return `${shown} has a #fragment: the widget appends ?link=… to the URL, which would end up inside the fragment; remove it`
  }
}

/**
 * Checks the token's `widget.callback_urls` before you create a token with them. Throws a
 * `BelvoWidgetError` (`invalid_config`) naming the first URL at fault and how to fix it (see
 * `callbackUrlProblem`); returns the URLs unchanged otherwise. `@belvo-widget/server` runs the
 * same check on every token request.
 *
 * @example
 * checkCallbackUrls({ success: 'myapp://success', exit: 'myapp://exit', event: 'myapp://error' })
 */
export function checkCallbackUrls<T extends HostedCallbackUrls>(callbackUrls: T): T {
  if (!callbackUrls || typeof callbackUrls !== 'object') {
    throw new BelvoWidgetError(
      'invalid_config',
      `callbackUrls must be an object { success, exit, event }; got ${JSON.stringify(callbackUrls)}`,
    )
  }
  for (const [key, url] of Object.entries(callbackUrls)) {
    const problem =
      key === 'success' || key === 'exit' || key === 'event'
        ? url === undefined
          ? undefined
          : callbackUrlProblem(url)
        : 'is not one of Belvo\'s callback URLs: use "success", "exit" or "event"'
    if (problem) throw new BelvoWidgetError('invalid_config', `callbackUrls.${key} ${problem}`)
  }
  return callbackUrls
}

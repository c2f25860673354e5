// Counting what one open of the widget asks the network for.
import type { Page, Request } from '@playwright/test'
import { isSdkScriptSrc } from '../sdk/script-names.ts'

/** What {@link countWidgetRequests} has seen so far. */
export interface WidgetRequests {
  /** Requests for the widget SDK script (`…/belvo-widget-1-stable.js` or its sandbox build). */
  readonly sdkRequests: number
  /** Requests to the app's widget-token route. */
  readonly tokenRequests: number
}

/** Options of {@link countWidgetRequests}. */
export interface CountOptions {
  /** Which requests are the app's token route. Default: a path ending in `/widget-token`. */
  tokenUrl?: string | RegExp | ((url: URL) => boolean)
}

const matchUrl = (url: URL, test: NonNullable<CountOptions['tokenUrl']>) =>
  typeof test === 'string'
    ? url.pathname === test || url.href === test
    : test instanceof RegExp
      ? test.test(url.href)
      : test(url)

/**
 * Counts, from now on, the page's requests for the SDK script and to the app's token route
 * (preflights aside), so a test can check one open loads the script once and asks for one token.
 *
 * @example
 * ```ts
 * const seen = countWidgetRequests(page)
 * await page.getByRole('button', { name: 'Link account' }).click()
 * await linkAccount(page)
 * expect(seen).toEqual({ sdkRequests: 1, tokenRequests: 1 })
 * ```
 */
export function countWidgetRequests(page: Page, options: CountOptions = {}): WidgetRequests {
  const tokenUrl = options.tokenUrl ?? ((url: URL) => url.pathname.endsWith('/widget-token'))
  const seen = { sdkRequests: 0, tokenRequests: 0 }
  page.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (isSdkScriptSrc(url.pathname)) seen.sdkRequests++
    else if (request.method() !== 'OPTIONS' && matchUrl(url, tokenUrl)) seen.tokenRequests++
  })
  return seen
}

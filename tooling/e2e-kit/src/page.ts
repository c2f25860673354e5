import { countWidgetRequests as countRequests } from '@belvo-widget/emulator/playwright'
import type { Browser, Page } from 'playwright-core'

/**
 * Opens a page in a fresh browser context (empty cache and storage), whose steps fail after
 * 10 s with Playwright's message, well before a test's own timeout. The page's uncaught errors
 * and console errors go to stderr, so a failing test shows what the app reported.
 * Close it with `page.context().close()`.
 *
 * @example
 * ```ts
 * const page = await openPage(browser)
 * await page.goto(appUrl)
 * ```
 */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  page.on('pageerror', (error) => console.error('page error:', error))
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console:', message.text())
  })
  return page
}

/** What {@link countWidgetRequests} has seen so far. */
export interface WidgetRequests {
  /** Requests for the widget SDK script, `…/belvo-widget-1-stable.js`, with any method. */
  readonly script: number
  /** Requests to the demo server's `/api/widget-token` (preflights aside). */
  readonly token: number
}

/**
 * Counts, from now on, the requests `page` makes for the SDK script and for widget tokens, so a
 * test can check a flow loads the script once and asks for one token.
 *
 * @example
 * ```ts
 * const seen = countWidgetRequests(page)
 * // … link an account …
 * expect(seen).toEqual({ script: 1, token: 1 })
 * ```
 */
export function countWidgetRequests(page: Page): WidgetRequests {
  // The published entry's counter, under the names the suites use.
  const seen = countRequests(page, { tokenUrl: (url) => url.pathname === '/api/widget-token' })
  return {
    get script() {
      return seen.sdkRequests
    },
    get token() {
      return seen.tokenRequests
    },
  }
}

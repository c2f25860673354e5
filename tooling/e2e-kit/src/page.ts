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
  /**
   * Requests for the widget SDK script, `…/belvo-widget-1-stable.js` (or the other name the
   * emulator serves, `…/belvo-widget-sandbox-1-stable.js`), with any method.
   */
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

/** Belvo's own hosts: its CDN (the SDK script), its widget's API, and the hosted widget. */
export const BELVO_HOSTS = ['cdn.belvo.io', 'widget-api.belvo.com', 'widget.belvo.io']

/**
 * Answers `page`'s requests to {@link BELVO_HOSTS} with the emulator at `emulatorUrl` (same path
 * and query), so that a page uses Belvo's real addresses offline. The served SDK, loaded from
 * Belvo's CDN address, calls Belvo's widget API host, answered here too. Requests are routed
 * after the browser's own checks, so a page's Content Security Policy meets Belvo's real hosts.
 *
 * @example
 * ```ts
 * await answerBelvoHosts(page, backends.emulator.url)
 * await page.goto(appUrl) // loads https://cdn.belvo.io/belvo-widget-1-stable.js
 * ```
 */
export async function answerBelvoHosts(page: Page, emulatorUrl: string): Promise<void> {
  for (const host of BELVO_HOSTS) {
    await page.route(`https://${host}/**`, async (route) => {
      const { pathname, search } = new URL(route.request().url())
      try {
        const response = await route.fetch({ url: `${emulatorUrl}${pathname}${search}` })
        await route.fulfill({ response })
      } catch (error) {
        // The test closed the page while the emulator answered: nothing is waiting any more.
        if (page.isClosed() || /disposed|closed/i.test(String(error))) return
        throw error
      }
    })
  }
}

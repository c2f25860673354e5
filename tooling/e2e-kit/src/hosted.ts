import { browserEngine, MINIBROWSER_MIN_WIDTH } from '@belvo-widget/browser-kit'
import { buildHostedWidgetUrl, type HostedCallbackUrls } from '@belvo-widget/core/hosted'
import { type RunningEmulator, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator'
import { type Browser, type BrowserContext, devices, type Page } from 'playwright-core'

/** What a webview saw for one outcome: its top-frame navigations in order, the deep link last. */
export interface CapturedNavigation {
  /** The deep link the page navigated to (the last of `navigations`). */
  url: string
  /** Every top-frame navigation, from the hosted widget address to the deep link. */
  navigations: string[]
}

/** The four outcomes of the hosted widget, as the page emitted them. */
export type CapturedRedirects = Record<'success' | 'exit' | 'error' | 'warning', CapturedNavigation>

/** A phone, as a webview shows the hosted widget: Chromium's Pixel 7 emulation. */
export const MOBILE_DEVICE = devices['Pixel 7']!

/**
 * A context with a phone's screen, in the engine of the run: Chromium emulates the whole phone
 * ({@link MOBILE_DEVICE}: viewport, touch, its user agent); Firefox, over WebDriver BiDi, gets the
 * phone's viewport; WebKit the phone's height at the narrowest width MiniBrowser's window has.
 */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  const { viewport } = MOBILE_DEVICE
  const engine = browserEngine()
  if (engine === 'chromium') return browser.newContext({ ...MOBILE_DEVICE })
  return browser.newContext({
    viewport: engine === 'webkit' ? { ...viewport, width: MINIBROWSER_MIN_WIDTH } : viewport,
  })
}

async function token(emulator: RunningEmulator, callbackUrls: HostedCallbackUrls) {
  const res = await fetch(`${emulator.url}/api/token/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: emulator.secretId,
      password: emulator.secretPassword,
      scopes: 'read_institutions,write_links',
      widget: { callback_urls: callbackUrls },
    }),
  })
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { access: string }).access
}

// What a user does in the hosted page for each outcome.
const walks: Record<keyof CapturedRedirects, (page: Page) => Promise<void>> = {
  success: async (page) => {
    await page.getByLabel('CPF').fill(SANDBOX_CREDENTIALS.success.username)
    await page.getByLabel('Senha').fill(SANDBOX_CREDENTIALS.success.password)
    await page.getByRole('button', { name: 'Conectar' }).click()
  },
  exit: async (page) => {
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Exit', exact: true }).click()
    await page.getByRole('button', { name: 'Exit without answering' }).click()
  },
  warning: async (page) => {
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: /Moria Banco CO/ }).click()
  },
  // The token is spent before the page opens; the page redirects at once.
  error: async () => {},
}

const configs: Record<keyof CapturedRedirects, Record<string, unknown>> = {
  success: { locale: 'pt', institutions: ['erebor_br_retail'], country_codes: ['BR'] },
  exit: { locale: 'en' },
  warning: { locale: 'en', country_codes: ['CO'] },
  error: { locale: 'es' },
}

/**
 * Drives the emulator's hosted widget page in Chromium with a phone's viewport and touch, once
 * per outcome (success, exit at the first screen, a disabled institution's warning, a spent
 * token's error) with a token whose `widget.callback_urls` are `callbackUrls`, and returns the
 * deep link each page navigated to, with the top-frame navigations that led there (what a
 * webview asks its app about). Each outcome gets its own page: Chromium handles one
 * navigation to an external scheme per tab, and reports it only as a request that fails.
 *
 * @example
 * const redirects = await captureHostedRedirects(browser, emulator, { success: 'myapp://success', … })
 * redirects.success.url // 'myapp://success?link=…&institution=erebor_br_retail'
 */
export async function captureHostedRedirects(
  browser: Browser,
  emulator: RunningEmulator,
  callbackUrls: Required<HostedCallbackUrls>,
): Promise<CapturedRedirects> {
  const targets = Object.values(callbackUrls).map((url) => url.split('?')[0]!)
  const capture = async (kind: keyof CapturedRedirects) => {
    const context = await browser.newContext({ ...MOBILE_DEVICE })
    try {
      const page = await context.newPage()
      // Generous: eight of these pages may share two busy cores with other suites.
      page.setDefaultTimeout(30_000)
      const access = await token(emulator, callbackUrls)
      if (kind === 'error') {
        const res = await fetch(`${emulator.url}/widget/links`, {
          method: 'POST',
          body: JSON.stringify({
            access_token: access,
            institution: 'erebor_mx_retail',
            ...SANDBOX_CREDENTIALS.success,
          }),
        })
        if (!res.ok) throw new Error(`could not spend the token: ${res.status}`)
      }
      const isDeepLink = (url: string) =>
        targets.some((t) => url.startsWith(t.replace(/:\/\/error$/, '://')))
      const navigations: string[] = []
      page.on('request', (request) => {
        if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
          navigations.push(request.url())
        }
      })
      // Armed before the page loads, so it spans the whole walk: each step has its own timeout.
      const redirect = page.waitForEvent('request', {
        predicate: (request) => isDeepLink(request.url()),
        timeout: 90_000,
      })
      // If a step of the walk fails first, closing the context rejects this wait too; the step's
      // error is the one to report, so this rejection must not surface on its own.
      redirect.catch(() => {})
      await page.goto(
        buildHostedWidgetUrl(
          { access_token: access, mode: 'webapp', ...configs[kind] },
          { baseUrl: `${emulator.url}/` },
        ),
      )
      await walks[kind](page)
      const url = (await redirect).url()
      return { url, navigations: navigations.slice(0, navigations.indexOf(url) + 1) }
    } finally {
      await context.close()
    }
  }
  // Each outcome in its own context and tab, side by side.
  const kinds = ['success', 'exit', 'error', 'warning'] as const
  const entries = await Promise.all(kinds.map(async (kind) => [kind, await capture(kind)] as const))
  return Object.fromEntries(entries) as CapturedRedirects
}

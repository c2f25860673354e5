/**
 * Belvo's hosted widget from a web page (a PWA, or a page inside another app's in-app browser):
 * open it in the same tab, with https callback URLs that point back at your app, and read the
 * outcome once on the page it returns to. Belvo documents the hosted widget for mobile webviews;
 * using it from a web page this way is inferred from that contract.
 */
import { BelvoWidgetError } from '../errors.ts'
import {
  type HostedCallbackUrls,
  type HostedWidgetRedirect,
  parseHostedWidgetRedirect,
} from './index.ts'
import { formatQuery, parseUrl } from './url.ts'

// Redirects already read, per browser, so a replayed address (history, a shared link, another
// tab) reports nothing twice. Only a short hash of each address is kept.
const READ_KEY = 'belvo-widget:hosted-read'

const hash = (text: string) => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193)
  return (h >>> 0).toString(36)
}

const browser = (what: string) => {
  if (typeof location === 'undefined') {
    throw new BelvoWidgetError('not_in_browser', `${what} needs a browser page (location)`)
  }
}

/**
 * Leaves this page for the hosted widget (`url` from `buildHostedWidgetUrl`), in the same tab;
 * the widget comes back to one of the token's callback URLs, where `readHostedWidgetReturn()`
 * reads the outcome.
 *
 * @example
 * openHostedWidgetInThisTab(buildHostedWidgetUrl({ access_token, locale: 'pt', mode: 'webapp', integration_type: 'openfinance', country_codes: ['BR'] }))
 */
export function openHostedWidgetInThisTab(url: string): void {
  browser('openHostedWidgetInThisTab()')
  location.assign(url)
}

/**
 * On the page the hosted widget returned to: the outcome, once. The outcome's parameters are
 * then taken off the address bar (`history.replaceState`, so a reload finds none) and the
 * address is remembered in `localStorage` (so the same address opened again reports nothing).
 * `undefined` when the page is not a redirect to one of `callbackUrls`, or was already read.
 *
 * @example
 * const outcome = readHostedWidgetReturn({ callbackUrls })
 * if (outcome?.type === 'success') await saveLink(outcome.link)
 */
export function readHostedWidgetReturn(options: {
  callbackUrls: HostedCallbackUrls
}): Exclude<HostedWidgetRedirect, { type: 'unknown' }> | undefined {
  browser('readHostedWidgetReturn()')
  const href = location.href
  const outcome = parseHostedWidgetRedirect(href, options)
  if (outcome.type === 'unknown') return
  const parts = parseUrl(href)!
  // Keep the callback URL's own parameters (`?state=success`), drop Belvo's.
  const own = Object.values(options.callbackUrls).flatMap((u) => (u && parseUrl(u)?.query) || [])
  const kept = parts.query.filter(([k, v]) => own.some(([ok, ov]) => ok === k && ov === v))
  history.replaceState(
    history.state,
    '',
    `${href.split(/[?#]/)[0]}${kept.length ? `?${formatQuery(kept)}` : ''}`,
  )
  let read: string[] = []
  try {
    read = JSON.parse(localStorage.getItem(READ_KEY) ?? '[]')
  } catch {}
  const id = hash(href)
  if (read.includes(id)) return
  try {
    localStorage.setItem(READ_KEY, JSON.stringify([...read, id].slice(-50)))
  } catch {}
  return outcome
}

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

// The session this tab left for and has not read the outcome of: written when the tab leaves for
// the widget, taken by the first return to a callback URL. Belvo's exit and error addresses are
// the same in every session (`?state=exit&meta_data_step=abandon-survey`), so the address cannot
// say whether it was read; the session can. sessionStorage belongs to the tab and survives its
// round trip to Belvo and back, in browsers, in-app browsers and installed web apps alike; the
// copy in localStorage covers a return in another tab of the same browser (a bank's app that
// hands the way back to the browser). A marker older than an hour is a session that never came back.
const PENDING = 'belvo-widget:hosted-pending'
const MAX_AGE = 36e5

type Store = () => Storage
const stores: Store[] = [() => sessionStorage, () => localStorage]

const browser = (what: string) => {
  if (typeof location === 'undefined') {
    throw new BelvoWidgetError('not_in_browser', `${what} needs a browser page (location)`)
  }
}

/**
 * Leaves this page for the hosted widget (`url` from `buildHostedWidgetUrl`), in the same tab;
 * the widget comes back to one of the token's callback URLs, where `readHostedWidgetReturn()`
 * reads the outcome. The tab remembers that it left (`sessionStorage`, and `localStorage` for a
 * return in another tab), so open the widget with this, not `location.assign`: a return to a tab
 * that did not leave reports nothing.
 *
 * @example
 * openHostedWidgetInThisTab(buildHostedWidgetUrl({ access_token, locale: 'pt', mode: 'webapp', integration_type: 'openfinance', country_codes: ['BR'] }))
 */
export function openHostedWidgetInThisTab(url: string): void {
  browser('openHostedWidgetInThisTab()')
  const session = String(Date.now())
  for (const store of stores) {
    try {
      store().setItem(PENDING, session)
    } catch {}
  }
  location.assign(url)
}

/**
 * On the page the hosted widget returned to: the outcome, once per `openHostedWidgetInThisTab()`.
 * The outcome's parameters are then taken off the address bar (`history.replaceState`, so a
 * reload finds none) and the session is over, so the same address opened again (back/forward,
 * history, a shared link) reports nothing, while the next session's abandon or token error, the
 * same address again, is reported. `undefined` when the page is not a redirect to one of
 * `callbackUrls`, or no session opened from this browser is waiting for it.
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
  // The session this return ends: this tab's, else one another tab of this browser left for.
  // Storage that cannot be read at all (blocked) cannot tell: the outcome is reported when Belvo's
  // parameters were on the address, so a reload of the cleaned address reports nothing.
  let session: string | null | undefined
  let readable = false
  for (const store of stores) {
    try {
      const value = store().getItem(PENDING)
      readable = true
      if (!session && value && Date.now() - Number(value) < MAX_AGE) session = value
    } catch {}
  }
  for (const store of stores) {
    try {
      if (store().getItem(PENDING) === session) store().removeItem(PENDING)
    } catch {}
  }
  return session || (!readable && kept.length < parts.query.length) ? outcome : undefined
}

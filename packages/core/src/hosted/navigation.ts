import {
  HOSTED_WIDGET_URL,
  type HostedCallbackUrls,
  type HostedWidgetRedirect,
  parseHostedWidgetRedirect,
} from './index.ts'
import { originOf, parseUrl } from './url.ts'

/** A navigation the webview is about to make, as webviews report it. */
export interface HostedNavigationRequest {
  url: string
  /** `false` for a frame inside the page (iOS `isTopFrame`); default `true`. */
  isTopFrame?: boolean
}

/** Options of `decideHostedNavigation` and `hostedWidgetOriginWhitelist`. */
export interface HostedNavigationOptions {
  /** The token's `widget.callback_urls`. */
  callbackUrls: HostedCallbackUrls
  /**
   * The hosted widget address you opened (default Belvo's, `https://widget.belvo.io/`); its
   * origin counts as the widget's own, e.g. the emulator's on 127.0.0.1.
   */
  widgetUrl?: string
}

/** What to do with a navigation, decided synchronously (Android waits only ~250 ms for it). */
export type HostedNavigationDecision =
  /** The widget's own page or a frame inside it: let the webview load it. */
  | { action: 'load' }
  /** A redirect to one of the callback URLs: do not load it, handle the outcome. */
  | { action: 'redirect'; outcome: Exclude<HostedWidgetRedirect, { type: 'unknown' }> }
  /** Any other page or app (a bank, its consent page, a universal link): open it outside. */
  | { action: 'open-outside'; url: string }
  /** Not an address at all: do nothing with it. */
  | { action: 'ignore' }

// Inferred: Belvo serves the hosted widget and its assets from belvo.io / belvo.com hosts.
const BELVO_HOST = /(^|\.)belvo\.(io|com)$/

/**
 * The one decision every webview wrapper makes for each navigation of the hosted widget:
 *
 * - a redirect to one of `callbackUrls` is the outcome (documented: seeds 000 and 002), read
 *   with `parseHostedWidgetRedirect`, and must not load;
 * - the widget's own origin (`widgetUrl`, default `https://widget.belvo.io`) and Belvo's hosts
 *   load in the webview (documented for the widget page; other Belvo hosts inferred);
 * - `about:`, `data:` and `blob:` documents and http(s) frames inside the page load (inferred:
 *   webviews report them as navigations too);
 * - every other top-frame navigation opens outside the webview, so that the operating system
 *   can hand a bank's universal/app link to the bank's app (inferred from Belvo's App2App flow
 *   for Brazil Open Finance, whose details Belvo documents on a page of its own).
 *
 * @example
 * // react-native-webview: originWhitelist={['*']}, so that every navigation reaches the decision
 * onShouldStartLoadWithRequest={(request) => {
 *   const decision = decideHostedNavigation(request, { callbackUrls })
 *   if (decision.action === 'redirect') handle(decision.outcome)
 *   if (decision.action === 'open-outside') Linking.openURL(decision.url)
 *   return decision.action === 'load'
 * }}
 */
export function decideHostedNavigation(
  request: HostedNavigationRequest | string,
  options: HostedNavigationOptions,
): HostedNavigationDecision {
  const { url, isTopFrame = true } = typeof request === 'string' ? { url: request } : request
  const parts = typeof url === 'string' ? parseUrl(url) : undefined
  if (!parts) return { action: 'ignore' }
  const outcome = parseHostedWidgetRedirect(url, { callbackUrls: options.callbackUrls })
  if (outcome.type !== 'unknown') return { action: 'redirect', outcome }
  const own = parseUrl(options.widgetUrl ?? HOSTED_WIDGET_URL)
  const web = parts.scheme === 'https' || parts.scheme === 'http'
  if (
    (own && originOf(own) === originOf(parts)) ||
    (parts.scheme === 'https' && BELVO_HOST.test(parts.host!)) ||
    /^(about|data|blob)$/.test(parts.scheme) ||
    (web && !isTopFrame)
  ) {
    return { action: 'load' }
  }
  // A frame inside the page that is not a web page (another app's scheme): never load it.
  if (!isTopFrame) return { action: 'ignore' }
  return { action: 'open-outside', url }
}

/**
 * Every https page, the widget's own origin when it is not https (the emulator), and each
 * callback URL's scheme. Belvo's React Native guide lists only the callback scheme, so
 * react-native-webview hands the widget's own https pages to `Linking.openURL` and they leave
 * the app; this list keeps those in.
 *
 * @deprecated Not every navigation `decideHostedNavigation` answers reaches it through this list:
 * react-native-webview hands any address whose origin starts like no entry to `Linking.openURL`
 * itself, so `about:`, `data:` and `blob:` frames and http frames (which the decision loads) are
 * refused and another app's scheme in a frame (which it ignores) is opened. Pass
 * `originWhitelist={['*']}` with `decideHostedNavigation`, as `@belvo-widget/react-native` does.
 *
 * @example
 * <WebView originWhitelist={hostedWidgetOriginWhitelist({ callbackUrls })} … />
 * // ['https://*', 'myapp://*']
 */
export function hostedWidgetOriginWhitelist(options: HostedNavigationOptions): string[] {
  const list = ['https://*']
  const own = parseUrl(options.widgetUrl ?? HOSTED_WIDGET_URL)
  if (own && own.scheme !== 'https') list.push(`${originOf(own)}`)
  for (const url of Object.values(options.callbackUrls)) {
    const parts = url ? parseUrl(url) : undefined
    if (parts && parts.scheme !== 'https') {
      list.push(parts.host === undefined ? `${parts.scheme}:*` : `${parts.scheme}://*`)
    }
  }
  return [...new Set(list)]
}

import { checkCallbackUrls } from './check.ts'
import {
  type HostedCallbackUrls,
  type HostedWidgetRedirect,
  parseHostedWidgetRedirect,
} from './index.ts'

/**
 * Opens `url` in the system's browser session and resolves when it redirects to an address
 * starting with `redirectUrl`, or when the user closes it: the shape of Expo's
 * `WebBrowser.openAuthSessionAsync(url, redirectUrl)`.
 */
export type AuthSessionOpener = (
  url: string,
  redirectUrl: string,
) => Promise<{ type: string; url?: string }>

/** How a hosted widget session ended: an outcome, or closed without one. */
export type HostedAuthSessionResult =
  | Exclude<HostedWidgetRedirect, { type: 'unknown' }>
  /** The user closed the browser (Expo's `cancel`). */
  | { type: 'cancel' }
  /** The browser was dismissed without a redirect (Expo's `dismiss`, Android's back). */
  | { type: 'dismiss' }

// The longest start the callback URLs share, cut back to a `/` or `:` (so `myapp://exit` and
// `myapp://error` wait for `myapp://`, which also takes `myapp://warning`).
const commonStart = (urls: string[]) =>
  urls
    .reduce((common, url) => {
      let i = 0
      while (i < common.length && common[i] === url[i]) i++
      return common.slice(0, i)
    })
    .replace(/[^/:]*$/, '')

/**
 * Runs the hosted widget in an auth session (the system browser, not a webview) and resolves
 * with the typed outcome, or `cancel` / `dismiss` when the user closed it first. `open` is
 * Expo's `WebBrowser.openAuthSessionAsync`, or your own function of that shape (the Capacitor
 * recipe in the README builds one from `@capacitor/browser` and `@capacitor/app`). The session
 * waits for the start the callback URLs share (`myapp://` for `myapp://success`, `myapp://exit`,
 * `myapp://error`); a warning ends the session too, since the browser closes on any redirect.
 *
 * @example
 * import * as WebBrowser from 'expo-web-browser'
 * const result = await openHostedWidgetAuthSession(WebBrowser.openAuthSessionAsync, { url, callbackUrls })
 * if (result.type === 'success') await saveLink(result.link)
 */
export async function openHostedWidgetAuthSession(
  open: AuthSessionOpener,
  options: {
    /** The hosted widget address, from `buildHostedWidgetUrl`. */
    url: string
    /** The token's `widget.callback_urls`. */
    callbackUrls: HostedCallbackUrls
    /** What the session waits for; default the start the callback URLs share. */
    redirectUrl?: string
  },
): Promise<HostedAuthSessionResult> {
  const { url, callbackUrls } = options
  checkCallbackUrls(callbackUrls)
  const urls = Object.values(callbackUrls).filter((u): u is string => !!u)
  const redirectUrl = options.redirectUrl ?? commonStart(urls.map((u) => u.split('?')[0]!))
  const result = await open(url, redirectUrl)
  if (result.type === 'success' && result.url) {
    const outcome = parseHostedWidgetRedirect(result.url, { callbackUrls })
    if (outcome.type !== 'unknown') return outcome
  }
  return { type: result.type === 'cancel' ? 'cancel' : 'dismiss' }
}

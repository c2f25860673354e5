/**
 * Belvo's hosted widget, for mobile webviews: build the page address, check the callback URLs,
 * decide each navigation and read the deep-link redirect it ends with. No DOM and no global
 * `URL` needed: runs in Node, browsers, React Native (whose `URL` reads only http(s) addresses)
 * and other JS runtimes.
 */
import { openFinanceProblem } from '../config.ts'
import { BelvoWidgetError } from '../errors.ts'
import type {
  BelvoExitData,
  BelvoExitErrorCode,
  BelvoStartupConfig,
  BelvoWarningCode,
} from '../types.ts'
import { formatQuery, originOf, parseUrl, targetOf, type UrlParts } from './url.ts'

export {
  type BelvoTokenSource,
  type BelvoTokenValue,
  resolveToken,
} from '../token.ts'
export {
  type AuthSessionOpener,
  type HostedAuthSessionResult,
  openHostedWidgetAuthSession,
} from './auth-session.ts'
export { callbackUrlProblem, checkCallbackUrls } from './check.ts'
export {
  decideHostedNavigation,
  type HostedNavigationDecision,
  type HostedNavigationOptions,
  type HostedNavigationRequest,
  hostedWidgetOriginWhitelist,
} from './navigation.ts'

/** Belvo's hosted widget page. */
export const HOSTED_WIDGET_URL = 'https://widget.belvo.io/'

/** The hosted widget's query parameters: the access token plus the startup config keys. */
export interface HostedWidgetParams extends BelvoStartupConfig {
  access_token: string
}

/**
 * The hosted widget address for a token and startup config: arrays comma-joined, every value
 * percent-encoded, `undefined` left out. Brazil Open Finance (`integration_type: 'openfinance'`)
 * without `locale: 'pt'`, `mode: 'webapp'` or with a country other than `BR` throws a
 * `BelvoWidgetError` (`invalid_config`) naming what to set.
 *
 * @example
 * buildHostedWidgetUrl({ access_token, locale: 'pt', mode: 'webapp', integration_type: 'openfinance', country_codes: ['BR'] })
 * // https://widget.belvo.io/?access_token=…&locale=pt&mode=webapp&integration_type=openfinance&country_codes=BR
 */
export function buildHostedWidgetUrl(
  params: HostedWidgetParams,
  options: { baseUrl?: string } = {},
): string {
  const ofda = openFinanceProblem(params, true)
  if (ofda) throw new BelvoWidgetError('invalid_config', ofda)
  const base = options.baseUrl ?? HOSTED_WIDGET_URL
  const parts = parseUrl(base)
  if (!parts) {
    throw new BelvoWidgetError(
      'invalid_config',
      `baseUrl must be an absolute address such as ${HOSTED_WIDGET_URL}; got ${JSON.stringify(base)}`,
    )
  }
  const pairs: Array<[string, string]> = []
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || typeof value === 'function') continue
    pairs.push([key, Array.isArray(value) ? value.join(',') : String(value)])
  }
  const query = [...parts.query.filter(([k]) => !pairs.some(([p]) => p === k)), ...pairs]
  const path = parts.path || (parts.host === undefined ? '' : '/')
  return `${originOf(parts)}${path}${query.length ? `?${formatQuery(query)}` : ''}${parts.hash && `#${parts.hash}`}`
}

/** Where the hosted widget redirects: the token's `widget.callback_urls`. */
export interface HostedCallbackUrls {
  success?: string
  exit?: string
  event?: string
}

export type HostedWidgetRedirect =
  | { type: 'success'; link: string; institution: string }
  | {
      type: 'exit'
      error?: { code: BelvoExitErrorCode; message: string }
      metaData?: NonNullable<BelvoExitData['meta_data']>
    }
  | { type: 'error'; code: 'ACCESS_TOKEN_NOT_VALID' | (string & {}); message: string }
  | { type: 'warning'; code: BelvoWarningCode; message: string }
  | { type: 'unknown' }

type CallbackKey = keyof HostedCallbackUrls

// Which of the callback URLs a redirect goes to: the same scheme, host and path, and every query
// parameter of the callback URL on the redirect with the same value, so URLs that differ only in
// the query (`…/connect?state=success` / `?state=exit`) are told apart. The most specific match
// wins; `null` when none matches, `undefined` when two match alike (the parameters decide then).
function matchCallback(
  here: UrlParts,
  callbackUrls: HostedCallbackUrls,
): CallbackKey | undefined | null {
  const target = targetOf(here)
  let best = -1
  let kind: CallbackKey | undefined | null = null
  for (const key of ['success', 'exit', 'event'] as const) {
    const expected = callbackUrls[key] ? parseUrl(callbackUrls[key]) : undefined
    if (!expected) continue
    const base = targetOf(expected)
    // Warnings go to the event URL with `error` swapped for `warning`, as Belvo's examples show.
    const sameTarget =
      base === target || (key === 'event' && base.replace(/:\/\/error$/, '://warning') === target)
    if (
      !sameTarget ||
      !expected.query.every(([k, v]) => here.query.some(([hk, hv]) => hk === k && hv === v))
    ) {
      continue
    }
    const score = expected.query.length
    if (score > best) {
      best = score
      kind = key
    } else if (score === best) kind = undefined
  }
  return kind
}

/**
 * Reads a hosted widget deep link (`scheme://success?link=…`, `scheme://exit?…`,
 * `scheme://error?error=…`, `scheme://warning?warning=…`). With `callbackUrls`, only redirects to
 * those addresses are accepted. Never throws: anything else is `{ type: 'unknown' }`.
 *
 * @example
 * const result = parseHostedWidgetRedirect(request.url, { callbackUrls })
 * if (result.type === 'success') await saveLink(result.link)
 */
export function parseHostedWidgetRedirect(
  url: string | URL,
  options: { callbackUrls?: HostedCallbackUrls } = {},
): HostedWidgetRedirect {
  const parsed = url ? parseUrl(String(url)) : undefined
  if (!parsed) return { type: 'unknown' }
  const { callbackUrls } = options
  let kind: CallbackKey | undefined
  if (callbackUrls) {
    const match = matchCallback(parsed, callbackUrls)
    if (match === null) return { type: 'unknown' }
    kind = match
  }
  const q = parsed.query
  const get = (name: string) => q.find(([k]) => k === name)?.[1] || undefined
  // Belvo's OFDA page shows the token error on the exit URL too, so the parameters decide first.
  const error = get('error')
  if (error) return { type: 'error', code: error, message: get('error_message') ?? '' }
  const warning = get('warning')
  if (warning) return { type: 'warning', code: warning, message: get('warning_message') ?? '' }
  const link = get('link')
  if (link && kind !== 'exit' && kind !== 'event') {
    return { type: 'success', link, institution: get('institution') ?? '' }
  }
  const last = targetOf(parsed).split(/[/:]+/).pop()
  const exitParams = q.some(([k]) => /^(last_encountered_error|meta_data)_/.test(k))
  if (kind === 'exit' || (!kind && (last === 'exit' || exitParams))) {
    const result: HostedWidgetRedirect = { type: 'exit' }
    const code = get('last_encountered_error_code')
    if (code) result.error = { code, message: get('last_encountered_error_message') ?? '' }
    const institution_name = get('meta_data_institution_name')
    const step = get('meta_data_step')
    if (institution_name || step) {
      result.metaData = {
        ...(institution_name && { institution_name }),
        ...(step && { step }),
      }
    }
    return result
  }
  return { type: 'unknown' }
}

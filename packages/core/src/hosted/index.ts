/**
 * Belvo's hosted widget, for mobile webviews: build the page address, and read the deep-link
 * redirect it ends with. No DOM needed; both run in Node, browsers and native JS runtimes.
 */
import { openFinanceProblem } from '../config.ts'
import { BelvoWidgetError } from '../errors.ts'
import type {
  BelvoExitData,
  BelvoExitErrorCode,
  BelvoStartupConfig,
  BelvoWarningCode,
} from '../types.ts'

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
  const url = new URL(options.baseUrl ?? HOSTED_WIDGET_URL)
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || typeof value === 'function') continue
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value))
  }
  // URLSearchParams writes spaces as "+"; Belvo's docs and deep links use %20.
  return url.href.replace(/\+/g, '%20')
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

// scheme://host/path without query, hash or trailing slash, for comparing redirect targets.
const target = (url: URL) => `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '')

// Belvo's OFDA example uses `your_deeplink_here://`; URL parsers refuse `_` in a scheme, so it is
// read as `-` (on both sides of a comparison).
const toUrl = (text: string) =>
  new URL(text.replace(/^[a-z][\w+.-]*:/i, (scheme) => scheme.replace(/_/g, '-')))

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
  let parsed: URL
  try {
    parsed = toUrl(String(url))
  } catch {
    return { type: 'unknown' }
  }
  const here = target(parsed)
  const { callbackUrls } = options
  let kind: keyof HostedCallbackUrls | undefined
  if (callbackUrls) {
    for (const key of ['success', 'exit', 'event'] as const) {
      const expected = callbackUrls[key]
      if (!expected) continue
      try {
        const base = target(toUrl(expected))
        // Warnings go to the event URL with `error` swapped for `warning`, as Belvo's examples show.
        if (
          base === here ||
          (key === 'event' && base.replace(/:\/\/error$/, '://warning') === here)
        )
          kind = key
      } catch {}
    }
    if (!kind) return { type: 'unknown' }
  }
  const q = parsed.searchParams
  const get = (name: string) => q.get(name) ?? undefined
  // Belvo's OFDA page shows the token error on the exit URL too, so the parameters decide first.
  const error = get('error')
  if (error) return { type: 'error', code: error, message: get('error_message') ?? '' }
  const warning = get('warning')
  if (warning) return { type: 'warning', code: warning, message: get('warning_message') ?? '' }
  const link = get('link')
  if (link && kind !== 'exit' && kind !== 'event') {
    return { type: 'success', link, institution: get('institution') ?? '' }
  }
  const last = here.split(/[/:]+/).pop()
  const exitParams = [...q.keys()].some((k) => /^(last_encountered_error|meta_data)_/.test(k))
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

import { callBelvo } from './belvo-http.ts'
import { type BelvoConnectionOptions, resolveBelvoConfig } from './config.ts'
import { BelvoServerError } from './errors.ts'
import { type BelvoFlow, multiRegion } from './flows.ts'
import { mergeRequests } from './merge.ts'
import { assertServerRuntime } from './runtime.ts'
import type { WidgetToken, WidgetTokenRequest } from './types.ts'
import { validateTokenRequest } from './validate.ts'

export interface CreateWidgetTokenOptions extends BelvoConnectionOptions {
  /** Default `multiRegion()`. */
  flow?: BelvoFlow
  /** Fields merged over the flow's (nested objects merge, lists replace). */
  request?: WidgetTokenRequest
  /** Aborts the call to Belvo. */
  signal?: AbortSignal
}

/**
 * Asks Belvo for a widget token with your secret keys (`POST /api/token/`). Validates the
 * request first; every failure is a `BelvoServerError` whose message never contains the keys.
 * Send only `access` to the browser.
 *
 * @example
 * ```ts
 * // BELVO_SECRET_ID, BELVO_SECRET_PASSWORD and BELVO_ENV=sandbox in the environment
 * const { access } = await createWidgetToken({ request: { stale_in: '90d' } })
 *
 * // update mode, against the local emulator
 * await createWidgetToken({
 *   environment: 'http://127.0.0.1:5100',
 *   flow: updateMode(),
 *   request: { link_id: linkId },
 * })
 * ```
 */
export async function createWidgetToken(
  options: CreateWidgetTokenOptions = {},
): Promise<WidgetToken> {
  assertServerRuntime()
  const config = resolveBelvoConfig(options)
  const flow = options.flow ?? multiRegion()
  const request = flow.prepare(mergeRequests(flow.request, options.request))
  validateTokenRequest(request, { environment: config.environment })
  return requestToken(config, request, options.signal)
}

/** Sends an already validated request. */
export async function requestToken(
  config: ReturnType<typeof resolveBelvoConfig>,
  request: WidgetTokenRequest,
  signal?: AbortSignal,
): Promise<WidgetToken> {
  const url = `${config.baseUrl}/api/token/`
  const scopes = Array.isArray(request.scopes) ? request.scopes.join(',') : request.scopes
  const body = JSON.stringify({
    id: config.secretId,
    password: config.secretPassword,
    ...request,
    ...(scopes !== undefined && { scopes }),
  })
  return callBelvo(
    config,
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
    },
    {
      what: 'the token request',
      signal,
      read: async (response) => {
        const token = (await response.json().catch(() => undefined)) as
          | Partial<WidgetToken>
          | undefined
        if (!token || typeof token.access !== 'string' || token.access === '') {
          throw new BelvoServerError(
            'belvo_error',
            `Belvo answered ${response.status} without an access token (${url}).`,
          )
        }
        return { access: token.access, refresh: String(token.refresh ?? '') }
      },
    },
  )
}

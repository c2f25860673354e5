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

interface BelvoApiError {
  request_id?: string
  message?: string
  code?: string
  field?: string
}

/** Removes the secret keys from any text before it can reach a message or a log. */
export function redactSecrets(text: string, secrets: (string | undefined)[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]')
  }
  return out
}

async function readBelvoErrors(response: Response): Promise<BelvoApiError[]> {
  try {
    const body: unknown = await response.json()
    if (Array.isArray(body)) return body.filter((e) => typeof e === 'object' && e !== null)
    if (typeof body === 'object' && body !== null) return [body as BelvoApiError]
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to do.
  }
  return []
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
  const secrets = [config.secretId, config.secretPassword]
  const safe = (text: string) => redactSecrets(text, secrets)
  const url = `${config.baseUrl}/api/token/`
  const scopes = Array.isArray(request.scopes) ? request.scopes.join(',') : request.scopes
  const body = JSON.stringify({
    id: config.secretId,
    password: config.secretPassword,
    ...request,
    ...(scopes !== undefined && { scopes }),
  })
  // One controller aborted by the caller's signal or the timeout, whichever comes first
  // (`AbortSignal.any` is missing in edge runtimes).
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, config.timeoutMs)
  const onAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  try {
    let response: Response
    try {
      response = await config.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: controller.signal,
      })
    } catch (error) {
      if (timedOut) {
        throw new BelvoServerError(
          'belvo_timeout',
          `Belvo did not answer within ${config.timeoutMs} ms (${url}).`,
        )
      }
      if (signal?.aborted) throw signal.reason
      const cause = error as { message?: string; cause?: { code?: string; message?: string } }
      const reason = cause.cause?.code ?? cause.cause?.message ?? cause.message ?? 'unknown error'
      throw new BelvoServerError(
        'belvo_unreachable',
        safe(`Could not reach Belvo at ${url}: ${reason}. Check BELVO_ENV and the network.`),
      )
    }

    if (response.ok) {
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
    }

    const errors = await readBelvoErrors(response)
    const first = errors[0]
    const belvoRequestId = typeof first?.request_id === 'string' ? first.request_id : undefined
    const belvoMessage = first?.message ? safe(String(first.message)) : undefined
    if (response.status === 401 || response.status === 403) {
      throw new BelvoServerError(
        'belvo_unauthorized',
        `Belvo refused the secret keys (${response.status} from ${config.baseUrl}): check ` +
          `BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, and that they belong to the ${config.environment} ` +
          `environment.${belvoMessage ? ` Belvo said: ${belvoMessage}` : ''}`,
        { ...(belvoRequestId && { belvoRequestId }) },
      )
    }
    if (response.status === 400) {
      const field = typeof first?.field === 'string' ? first.field : undefined
      throw new BelvoServerError(
        'belvo_rejected',
        `Belvo rejected the token request${field ? ` (field ${field})` : ''}: ${
          belvoMessage ?? 'no details given'
        }`,
        { ...(field && { field }), ...(belvoRequestId && { belvoRequestId }) },
      )
    }
    throw new BelvoServerError(
      'belvo_error',
      `Belvo answered ${response.status} to the token request (${url}).${
        belvoMessage ? ` Belvo said: ${belvoMessage}` : ''
      }`,
      { ...(belvoRequestId && { belvoRequestId }) },
    )
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

import type { BelvoConfig } from './config.ts'
import { BelvoServerError } from './errors.ts'

/** Removes the secret keys from any text before it can reach a message or a log. */
export function redactSecrets(text: string, secrets: (string | undefined)[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]')
  }
  return out
}

interface BelvoApiError {
  request_id?: string
  message?: string
  detail?: string
  code?: string
  field?: string
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
 * Calls Belvo with `config.fetch`, within `config.timeoutMs` and until `signal` aborts (one
 * controller for both: `AbortSignal.any` is missing in edge runtimes), and passes the answer to
 * `read` before the timeout ends, so a body that stalls times out too. A timeout, before the
 * answer or during its body, is a `belvo_timeout` error, a failed connection
 * `belvo_unreachable`, a non-2xx answer {@link belvoAnswerError}; the caller's abort rejects
 * with the signal's reason.
 */
export async function callBelvo<T>(
  config: BelvoConfig,
  url: string,
  init: RequestInit,
  call: {
    /** What was asked, for messages: `the token request`, `GET /api/links/…/`. */
    what: string
    read: (response: Response) => Promise<T>
    signal?: AbortSignal | undefined
    /** Whether Belvo's 404 means "no such object" (data calls) rather than a wrong base URL. */
    notFound?: boolean
  },
): Promise<T> {
  const { what, read, signal } = call
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, config.timeoutMs)
  const onAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  const timeout = (text: string) =>
    new BelvoServerError('belvo_timeout', `${text} within ${config.timeoutMs} ms (${url}).`)
  try {
    let response: Response
    try {
      response = await config.fetch(url, { ...init, signal: controller.signal })
    } catch (error) {
      if (timedOut) throw timeout('Belvo did not answer')
      if (signal?.aborted) throw signal.reason
      const cause = error as { message?: string; cause?: { code?: string; message?: string } }
      const reason = cause.cause?.code ?? cause.cause?.message ?? cause.message ?? 'unknown error'
      throw new BelvoServerError(
        'belvo_unreachable',
        redactSecrets(
          `Could not reach Belvo at ${url}: ${reason}. Check BELVO_ENV and the network.`,
          [config.secretId, config.secretPassword],
        ),
      )
    }
    if (!response.ok) throw await belvoAnswerError(config, response, what, call.notFound === true)
    try {
      return await read(response)
    } catch (error) {
      // The abort also breaks off the body: whatever `read` made of that, say why.
      if (timedOut)
        throw timeout(`Belvo answered ${response.status} but did not send the whole body`)
      if (signal?.aborted) throw signal.reason
      throw error
    }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

/** The typed error for a non-2xx answer of Belvo to `what` (e.g. `the token request`). */
async function belvoAnswerError(
  config: BelvoConfig,
  response: Response,
  what: string,
  notFound: boolean,
): Promise<BelvoServerError> {
  const errors = await readBelvoErrors(response)
  const first = errors[0]
  const belvoRequestId = typeof first?.request_id === 'string' ? first.request_id : undefined
  const text = first?.message ?? first?.detail
  const belvoMessage = text
    ? redactSecrets(String(text), [config.secretId, config.secretPassword])
    : undefined
  const details = { ...(belvoRequestId && { belvoRequestId }) }
  if (response.status === 401 || response.status === 403) {
    return new BelvoServerError(
      'belvo_unauthorized',
      `Belvo refused the secret keys (${response.status} from ${config.baseUrl}): check ` +
        `BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, and that they belong to the ${config.environment} ` +
        `environment.${belvoMessage ? ` Belvo said: ${belvoMessage}` : ''}`,
      details,
    )
  }
  if (response.status === 404 && notFound) {
    return new BelvoServerError(
      'belvo_not_found',
      `Belvo found nothing for ${what}${belvoMessage ? `: ${belvoMessage}` : '.'}`,
      details,
    )
  }
  if (response.status === 400) {
    const field = typeof first?.field === 'string' ? first.field : undefined
    return new BelvoServerError(
      'belvo_rejected',
      `Belvo rejected ${what}${field ? ` (field ${field})` : ''}: ${belvoMessage ?? 'no details given'}`,
      { ...details, ...(field && { field }) },
    )
  }
  return new BelvoServerError(
    'belvo_error',
    `Belvo answered ${response.status} to ${what} (${config.baseUrl}).${
      belvoMessage ? ` Belvo said: ${belvoMessage}` : ''
    }`,
    details,
  )
}

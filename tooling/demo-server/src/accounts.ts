import { type BelvoConfig, isValidLinkId } from '@belvo-widget/server'

/** An account as Belvo's data API returns it; the fields the sandboxes show, and the rest. */
export interface BelvoAccount {
  id: string
  link: string
  name: string
  number: string | null
  category: string
  type: string
  currency: string
  balance: { current: number | null; available: number | null }
  institution: { name: string; type: string }
  [field: string]: unknown
}

export interface AccountsError {
  status: number
  error: { code: string; message: string }
}

function failure(status: number, code: string, message: string): AccountsError {
  return { status, error: { code, message } }
}

async function belvoMessage(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined)
  const first = Array.isArray(body) ? body[0] : body
  if (typeof first === 'object' && first !== null) {
    const { message, detail } = first as { message?: unknown; detail?: unknown }
    if (typeof message === 'string') return message
    if (typeof detail === 'string') return detail
  }
  return undefined
}

/**
 * Retrieves a link's accounts with the secret keys (`POST /api/accounts/ { link }`), the
 * sixth step of Belvo's flow. Belvo's 4xx answers pass through with their status; a refused
 * key or an unreachable Belvo is a 502 that says so without the keys.
 */
export async function retrieveAccounts(
  config: BelvoConfig,
  linkId: string,
): Promise<{ accounts: BelvoAccount[] } | AccountsError> {
  if (!isValidLinkId(linkId)) {
    return failure(400, 'invalid_request', 'link_id: must be a Belvo link id (a UUID).')
  }
  const url = `${config.baseUrl}/api/accounts/`
  let response: Response
  try {
    response = await config.fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${config.secretId}:${config.secretPassword}`)}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ link: linkId }),
      signal: AbortSignal.timeout(config.timeoutMs),
    })
  } catch (error) {
    const timedOut = (error as { name?: string }).name === 'TimeoutError'
    return timedOut
      ? failure(
          504,
          'belvo_timeout',
          `Belvo did not answer within ${config.timeoutMs} ms (${url}).`,
        )
      : failure(502, 'belvo_unreachable', `Could not reach Belvo at ${url}. Check BELVO_ENV.`)
  }
  if (response.ok) {
    const body: unknown = await response.json().catch(() => undefined)
    // Belvo answers a list; a paginated `{ results }` is accepted too.
    const accounts = Array.isArray(body)
      ? body
      : (body as { results?: unknown } | undefined)?.results
    if (!Array.isArray(accounts)) {
      return failure(502, 'belvo_error', `Belvo answered ${response.status} without accounts.`)
    }
    return { accounts: accounts as BelvoAccount[] }
  }
  const message = await belvoMessage(response)
  if (response.status === 401 || response.status === 403) {
    return failure(
      502,
      'belvo_unauthorized',
      `Belvo refused the secret keys (${response.status}): check BELVO_SECRET_ID and BELVO_SECRET_PASSWORD.`,
    )
  }
  if (response.status === 404) {
    return failure(404, 'link_not_found', message ?? `No link ${linkId} for these keys.`)
  }
  if (response.status < 500) {
    return failure(
      response.status,
      'belvo_rejected',
      message ?? `Belvo answered ${response.status}.`,
    )
  }
  return failure(502, 'belvo_error', `Belvo answered ${response.status} (${url}).`)
}

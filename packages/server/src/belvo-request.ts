import { callBelvo } from './belvo-http.ts'
import { type BelvoConnectionOptions, resolveBelvoConfig } from './config.ts'
import { BelvoServerError } from './errors.ts'
import { assertServerRuntime } from './runtime.ts'

export interface BelvoRequestOptions extends BelvoConnectionOptions {
  /** Default `GET`, or `POST` when there is a `body`. */
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Sent as JSON. */
  body?: unknown
  /** Aborts the call. */
  signal?: AbortSignal
}

/**
 * Calls Belvo's API with your secret keys (HTTP Basic) and returns its JSON answer: the data
 * calls that follow a link, such as the link itself or its accounts. The keys and the
 * environment come from the same options and variables as the token handler. Failures are
 * `BelvoServerError`s: `belvo_not_found` (404, e.g. a link these keys do not own),
 * `belvo_unauthorized`, `belvo_rejected`, `belvo_error`, `belvo_timeout`, `belvo_unreachable`;
 * their messages never contain the keys.
 *
 * @example
 * ```ts
 * const link = await belvoRequest<{ id: string; created_at: string }>(`/api/links/${linkId}/`)
 * const accounts = await belvoRequest<Account[]>('/api/accounts/', { body: { link: linkId } })
 * ```
 */
export async function belvoRequest<T = unknown>(
  path: string,
  options: BelvoRequestOptions = {},
): Promise<T> {
  assertServerRuntime()
  if (!path.startsWith('/api/')) {
    throw new BelvoServerError(
      'invalid_options',
      `belvoRequest takes a path of Belvo's API, such as /api/accounts/, got ${JSON.stringify(path)}.`,
    )
  }
  const config = resolveBelvoConfig(options)
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST')
  const pathOnly = path.split('?')[0]
  return callBelvo(
    config,
    `${config.baseUrl}${path}`,
    {
      method,
      headers: {
        authorization: `Basic ${btoa(`${config.secretId}:${config.secretPassword}`)}`,
        accept: 'application/json',
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    },
    {
      what: `${method} ${pathOnly}`,
      signal: options.signal,
      notFound: true,
      read: async (response) => {
        if (response.status === 204) return undefined as T
        try {
          return (await response.json()) as T
        } catch {
          throw new BelvoServerError(
            'belvo_error',
            `Belvo answered ${response.status} to ${method} ${pathOnly} without JSON.`,
          )
        }
      },
    },
  )
}

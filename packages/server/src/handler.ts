import { redactSecrets } from './belvo-http.ts'
import {
  type BelvoConfig,
  type BelvoConnectionOptions,
  checkConnectionOptions,
  resolveBelvoConfig,
} from './config.ts'
import { requestToken } from './create-widget-token.ts'
import { BelvoServerError, invalidField } from './errors.ts'
import { type BelvoFlow, multiRegion } from './flows.ts'
import { mergeRequests } from './merge.ts'
import { assertServerRuntime } from './runtime.ts'
import type { WidgetTokenRequest } from './types.ts'
import { checkExternalId, checkLinkId, validateTokenRequest } from './validate.ts'

/** What the browser may send in the body; each field only where the options allow it. */
export interface TokenHandlerInput {
  link_id?: string
  external_id?: string
}

export interface BelvoTokenHandlerOptions extends BelvoConnectionOptions {
  /** Default `multiRegion()`. `updateMode()` accepts `link_id` from the browser. */
  flow?: BelvoFlow
  /** Server-decided token fields (branding, consent, stale_in, …), merged over the flow's. */
  request?: WidgetTokenRequest
  /** Accept a validated `external_id` from the browser. Default `false`. */
  acceptExternalId?: boolean
  /**
   * Runs for each request after the body is validated: authenticate the user, check that a
   * `link_id` is theirs, add per-user fields (`external_id`, OFDA `identification_info`).
   * Its result is merged last and validated. Throw a `BelvoServerError` to answer with its
   * status (e.g. `new BelvoServerError('invalid_request', 'Sign in first', { status: 401 })`).
   */
  resolveRequest?: (
    request: Request,
    input: TokenHandlerInput,
    // biome-ignore lint/suspicious/noConfusingVoidType: lets `async () => { await check() }` through.
  ) => WidgetTokenRequest | undefined | void | Promise<WidgetTokenRequest | undefined | void>
  /** Also answer with `refresh`. Default `false`: the browser needs `access` only. */
  exposeRefreshToken?: boolean
  /** Largest body accepted, in bytes. Default 4096. */
  maxBodyBytes?: number
  /**
   * Called with every error the handler answers with. Default: 5xx errors (your
   * configuration, or Belvo) are written to `console.error`; 4xx are the caller's and are not.
   * Messages never contain the secret keys. Not called when the browser disconnects before
   * the answer (the request's `signal` aborts): the handler stops and answers 499 with no body.
   */
  onError?: (error: BelvoServerError, request: Request) => void
}

const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' }

/**
 * The answer when the browser disconnects first: 499, the status nginx logs for a client that
 * closed the request (the Fetch API allows any status from 200 to 599). No client receives it.
 */
const CLIENT_CLOSED_REQUEST: ResponseInit = {
  status: 499,
  statusText: 'Client Closed Request',
  headers: { 'cache-control': 'no-store' },
}

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } })
}

async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = () =>
    new BelvoServerError('payload_too_large', `The body must be at most ${limit} bytes.`)
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw tooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

function parseInput(
  text: string,
  accepts: { link_id: boolean; external_id: boolean },
): TokenHandlerInput {
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new BelvoServerError(
      'invalid_json',
      'The body must be JSON, e.g. {} or {"link_id": "…"}.',
    )
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BelvoServerError('invalid_json', 'The body must be a JSON object.')
  }
  const input: TokenHandlerInput = {}
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue
    if (key === 'link_id' && accepts.link_id) {
      checkLinkId(value)
      input.link_id = value
    } else if (key === 'external_id' && accepts.external_id) {
      checkExternalId(value)
      input.external_id = value
    } else {
      const allowed = Object.entries(accepts)
        .filter(([, ok]) => ok)
        .map(([name]) => name)
      throw invalidField(
        key,
        `is not accepted by this endpoint (it accepts ${allowed.length ? allowed.join(', ') : 'no fields'}).`,
      )
    }
  }
  return input
}

function defaultOnError(error: BelvoServerError, secrets: string[]): void {
  if (error.status < 500) return
  const cause = error.cause instanceof Error ? ` (${error.cause.name}: ${error.cause.message})` : ''
  console.error(
    redactSecrets(`[@belvo-widget/server] ${error.code}: ${error.message}${cause}`, secrets),
  )
}

/**
 * A token endpoint for any Fetch-API runtime: Next.js route handlers, Hono, Remix, Deno,
 * Bun, Cloudflare Workers. Answers `POST` with `200 { access }`; the server decides the
 * token request, the browser may only send what the options allow (`link_id` in update
 * mode, `external_id` with `acceptExternalId`). Errors answer
 * `{ error: { code, message, field? } }` with 400, 405, 413, 500, 502 or 504; a browser that
 * disconnects first gets 499 with no body, and `onError` is not called.
 * Options passed in code are checked at creation and throw there; the environment
 * (`BELVO_SECRET_ID`, `BELVO_SECRET_PASSWORD`, `BELVO_ENV`) is read at the first request, so
 * a build that imports the route without the secrets works, and a server started without
 * them answers `500 invalid_options` saying which one is missing.
 *
 * @example
 * ```ts
 * // app/api/widget-token/route.ts (Next.js)
 * import { createBelvoTokenHandler } from '@belvo-widget/server'
 * export const POST = createBelvoTokenHandler({
 *   request: { stale_in: '90d', widget: { branding: { company_name: 'Acme' } } },
 * })
 * ```
 */
export function createBelvoTokenHandler(
  options: BelvoTokenHandlerOptions = {},
): (request: Request) => Promise<Response> {
  assertServerRuntime()
  checkConnectionOptions(options)
  const flow = options.flow ?? multiRegion()
  const base = mergeRequests(flow.request, options.request)
  try {
    validateTokenRequest(base, { environment: options.environment })
  } catch (error) {
    if (!(error instanceof BelvoServerError)) throw error
    throw new BelvoServerError(
      'invalid_options',
      `Invalid token request options: ${error.message}`,
      {
        ...(error.field && { field: error.field }),
      },
    )
  }
  const maxBodyBytes = options.maxBodyBytes ?? 4096
  const accepts = {
    link_id: flow.linkId !== 'never',
    external_id: options.acceptExternalId === true,
  }
  // Read on the first request (and again after a failure, e.g. keys still missing).
  let config: BelvoConfig | undefined
  const secrets = () => [
    config?.secretId ?? options.secretId ?? '',
    config?.secretPassword ?? options.secretPassword ?? '',
  ]
  const onError = options.onError ?? ((error: BelvoServerError) => defaultOnError(error, secrets()))

  return async function belvoTokenHandler(request: Request): Promise<Response> {
    try {
      if (request.method !== 'POST') {
        throw new BelvoServerError('method_not_allowed', `Use POST, not ${request.method}.`)
      }
      config ??= resolveBelvoConfig(options)
      const input = parseInput(await readBody(request, maxBodyBytes), accepts)
      const extra = (await options.resolveRequest?.(request, input)) ?? undefined
      const final = flow.prepare(mergeRequests(base, input, extra))
      validateTokenRequest(final, { environment: config.environment })
      const token = await requestToken(config, final, request.signal)
      const body = options.exposeRefreshToken
        ? { access: token.access, refresh: token.refresh }
        : { access: token.access }
      return json(body, 200)
    } catch (caught) {
      // The browser went away (its request's signal aborted the body or the call to Belvo):
      // nobody reads the answer and nothing failed on this server, so nothing is reported.
      if (request.signal.aborted && !(caught instanceof BelvoServerError)) {
        return new Response(null, CLIENT_CLOSED_REQUEST)
      }
      const error =
        caught instanceof BelvoServerError
          ? caught
          : new BelvoServerError(
              'internal_error',
              'The token endpoint failed unexpectedly; see the server log.',
              { cause: caught },
            )
      onError(error, request)
      const headers: Record<string, string> =
        error.code === 'method_not_allowed' ? { allow: 'POST' } : {}
      return json(error.toJSON(), error.status, headers)
    }
  }
}

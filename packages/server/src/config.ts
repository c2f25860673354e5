import { BelvoServerError } from './errors.ts'

/** `sandbox`, `production`, or the base URL of a Belvo-compatible API (e.g. the emulator). */
export type BelvoEnvironment = 'sandbox' | 'production' | (string & {})

/** Where and as whom to call Belvo. Every field falls back to an environment variable. */
export interface BelvoConnectionOptions {
  /** Secret key id. Default: `BELVO_SECRET_ID`. */
  secretId?: string
  /** Secret key password. Default: `BELVO_SECRET_PASSWORD`. */
  secretPassword?: string
  /** Default: `BELVO_ENV`, else `sandbox`. */
  environment?: BelvoEnvironment
  /** How long to wait for Belvo, in milliseconds. Default 10 000. */
  timeoutMs?: number
  /**
   * The `fetch` to call Belvo with, called as a plain function (never as a method). Default:
   * the global `fetch` at the time of each call.
   */
  fetch?: typeof fetch
}

/** Connection options with every default applied. */
export interface BelvoConfig {
  baseUrl: string
  environment: BelvoEnvironment
  secretId: string
  secretPassword: string
  timeoutMs: number
  /** `options.fetch` or the global `fetch`; call it as a plain function or as `config.fetch`. */
  fetch: typeof fetch
}

const BASE_URLS: Record<string, string> = {
  sandbox: 'https://sandbox.belvo.com',
  production: 'https://api.belvo.com',
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/

function env(name: string): string | undefined {
  // Edge runtimes may have no `process`; read it lazily and defensively.
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.[name]
  return value === '' ? undefined : value
}

/**
 * The base URL for `sandbox`, `production`, or a URL given as is. A plain-http URL is
 * accepted only on loopback (the local emulator), so secret keys never cross a network in
 * clear text.
 *
 * @example
 * ```ts
 * resolveBelvoBaseUrl('sandbox')               // 'https://sandbox.belvo.com'
 * resolveBelvoBaseUrl('http://127.0.0.1:5100') // 'http://127.0.0.1:5100'
 * ```
 */
export function resolveBelvoBaseUrl(environment: BelvoEnvironment): string {
  const known = BASE_URLS[environment]
  if (known) return known
  let url: URL
  try {
    url = new URL(environment)
  } catch {
    throw new BelvoServerError(
      'invalid_options',
      `BELVO_ENV must be sandbox, production or a base URL, got ${JSON.stringify(environment)}.`,
    )
  }
  const secure = url.protocol === 'https:'
  if (!secure && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new BelvoServerError(
      'invalid_options',
      `BELVO_ENV must use https:// (plain http:// only for localhost), got ${url.origin}.`,
    )
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * Checks the connection options passed in code (not the environment): a bad `environment`,
 * `timeoutMs` or `fetch`, or an empty key, throws an `invalid_options` error at once.
 * `createBelvoTokenHandler` calls it when it is created, and reads the environment only at
 * the first request, so a build that imports the route without the secrets still works.
 */
export function checkConnectionOptions(options: BelvoConnectionOptions): void {
  for (const name of ['secretId', 'secretPassword'] as const) {
    const value = options[name]
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new BelvoServerError(
        'invalid_options',
        `${name} must be a non-empty string; leave it out to read BELVO_${name === 'secretId' ? 'SECRET_ID' : 'SECRET_PASSWORD'}.`,
      )
    }
  }
  if (options.environment !== undefined) resolveBelvoBaseUrl(options.environment)
  const timeoutMs = options.timeoutMs ?? 10_000
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new BelvoServerError('invalid_options', 'timeoutMs must be a positive number.')
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new BelvoServerError('invalid_options', 'fetch must be a function.')
  }
}

/**
 * Applies the defaults and environment variables (`BELVO_SECRET_ID`,
 * `BELVO_SECRET_PASSWORD`, `BELVO_ENV`) to connection options; throws an
 * `invalid_options` error naming what is missing. Useful for your own data calls.
 *
 * @example
 * ```ts
 * const { baseUrl, secretId, secretPassword, fetch } = resolveBelvoConfig()
 * const res = await fetch(`${baseUrl}/api/accounts/`, {
 *   method: 'POST',
 *   headers: { authorization: `Basic ${btoa(`${secretId}:${secretPassword}`)}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({ link: linkId }),
 * })
 * ```
 */
export function resolveBelvoConfig(options: BelvoConnectionOptions = {}): BelvoConfig {
  checkConnectionOptions(options)
  const secretId = options.secretId ?? env('BELVO_SECRET_ID')
  const secretPassword = options.secretPassword ?? env('BELVO_SECRET_PASSWORD')
  if (!secretId || !secretPassword) {
    const missing = [
      secretId ? undefined : 'secretId (or BELVO_SECRET_ID)',
      secretPassword ? undefined : 'secretPassword (or BELVO_SECRET_PASSWORD)',
    ].filter(Boolean)
    throw new BelvoServerError(
      'invalid_options',
      `Belvo's secret keys are missing: set ${missing.join(' and ')}. Find them in Belvo's dashboard.`,
    )
  }
  const environment = options.environment ?? env('BELVO_ENV') ?? 'sandbox'
  const given = options.fetch
  if (given === undefined && typeof globalThis.fetch !== 'function') {
    throw new BelvoServerError('invalid_options', 'No fetch available: pass the `fetch` option.')
  }
  // Never called as a method: Cloudflare Workers' fetch throws "Illegal invocation" when its
  // `this` is not the global object. The global is read at each call, so a fetch installed
  // later (an instrumentation or a test stub) is used.
  const fetchFn: typeof fetch = given
    ? (input, init) => given(input, init)
    : (input, init) => globalThis.fetch(input, init)
  return {
    baseUrl: resolveBelvoBaseUrl(environment),
    environment,
    secretId,
    secretPassword,
    timeoutMs: options.timeoutMs ?? 10_000,
    fetch: fetchFn,
  }
}

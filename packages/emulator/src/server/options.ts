import { checkAllowedOrigins } from './allowed-origins.ts'
import { EmulatorError } from './errors.ts'
import type { EmulatorFaults } from './faults.ts'

/** Options of {@link startEmulator}. Every one has a default. */
export interface EmulatorOptions extends Partial<EmulatorFaults> {
  /** Port to listen on. Default 5100; 0 picks a free one (use it in tests). */
  port?: number
  /** Interface to bind. Default `'127.0.0.1'`. */
  host?: string
  /** Secret key id the token endpoint and data API accept. Default `'emulator-secret-id'`. */
  secretId?: string
  /** Secret key password. Default `'emulator-secret-password'`. */
  secretPassword?: string
  /** Lifetime of access tokens, in seconds. Default 600 (Belvo's 10 minutes). */
  accessTokenTtlSeconds?: number
  /** Default shape of `onExit`/`onEvent` payloads; the script URL's `?payloadStyle=` wins. */
  payloadStyle?: 'bare' | 'wrapped'
  /** No request log on stdout. */
  quiet?: boolean
  /**
   * Pages allowed to start the widget, as in Belvo's dashboard (widget configuration → allowed
   * URLs), e.g. `['http://localhost:5173']`. A page on another origin gets what Belvo's
   * troubleshooting describes: a CORS error in the console and a widget that opens empty.
   * Default: every origin.
   */
  allowedOrigins?: string[]
  /**
   * Where to POST Belvo's webhooks (`historical_update` for accounts, owners and transactions
   * once a new link's data is ready). Failed deliveries are retried; see `webhooks`.
   */
  webhookUrl?: string
}

export const DEFAULT_PORT = 5100
export const DEFAULT_SECRET_ID = 'emulator-secret-id'
export const DEFAULT_SECRET_PASSWORD = 'emulator-secret-password'
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 600

/** Throws an `INVALID_OPTION` {@link EmulatorError} naming the first option that is wrong. */
export function checkOptions(options: EmulatorOptions): void {
  const { port, host, secretId, secretPassword, accessTokenTtlSeconds, payloadStyle } = options
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new EmulatorError(
      'INVALID_OPTION',
      `port must be an integer from 0 to 65535, got ${port}.`,
    )
  }
  if (host !== undefined && (typeof host !== 'string' || host === '')) {
    throw new EmulatorError(
      'INVALID_OPTION',
      'host must be a non-empty string such as "127.0.0.1".',
    )
  }
  for (const [name, value] of [
    ['secretId', secretId],
    ['secretPassword', secretPassword],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new EmulatorError('INVALID_OPTION', `${name} must be a non-empty string.`)
    }
  }
  if (accessTokenTtlSeconds !== undefined && !Number.isFinite(accessTokenTtlSeconds)) {
    throw new EmulatorError('INVALID_OPTION', 'accessTokenTtlSeconds must be a number of seconds.')
  }
  if (payloadStyle !== undefined && payloadStyle !== 'bare' && payloadStyle !== 'wrapped') {
    throw new EmulatorError('INVALID_OPTION', "payloadStyle must be 'bare' or 'wrapped'.")
  }
  checkAllowedOrigins(options.allowedOrigins)
  const { webhookUrl } = options
  if (webhookUrl !== undefined && !/^https?:\/\/[^/]/.test(String(webhookUrl))) {
    throw new EmulatorError(
      'INVALID_OPTION',
      `webhookUrl must be an http(s) URL such as "http://127.0.0.1:3000/webhooks", got ${JSON.stringify(webhookUrl)}.`,
    )
  }
}

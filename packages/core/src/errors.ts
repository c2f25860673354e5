/** Codes a program can switch on. */
export type BelvoWidgetErrorCode =
  /** The SDK script answered with an error (network, 404, CSP, SRI mismatch). */
  | 'script_load_failed'
  /** The SDK script did not load within `timeoutMs`. */
  | 'script_timeout'
  /** The script loaded but did not define `window.belvoSDK`. */
  | 'sdk_missing'
  /** Your token function threw, rejected or returned no token. */
  | 'token_failed'
  /** The token's `exp` has passed (tokens live 10 minutes). */
  | 'token_expired'
  /** With `retryInvalidToken`: Belvo's widget refused the token, and a fresh one too. */
  | 'token_invalid'
  /** A startup config value Belvo would reject, or no token at all. */
  | 'invalid_config'
  /** Called where there is no `window`/`document` (server rendering, Node). */
  | 'not_in_browser'
  /** `createWidget(...).build()` threw. */
  | 'widget_failed'

/**
 * The one error type this library throws or reports. `code` is stable; `message` says what to fix.
 *
 * @example
 * if (error instanceof BelvoWidgetError && error.code === 'token_expired') refreshToken()
 */
export class BelvoWidgetError extends Error {
  override readonly name = 'BelvoWidgetError'

  constructor(
    readonly code: BelvoWidgetErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    // Production builds leave out the sentences that say how to fix an error: the code remains.
    super(message || code, options)
  }
}

/** What went wrong, for a program to switch on. */
export type BelvoServerErrorCode =
  /** A field of the token request, or of the browser's body, is invalid. `field` names it. */
  | 'invalid_request'
  /** The browser's body is not JSON, or not a JSON object. */
  | 'invalid_json'
  /** The endpoint accepts POST only. */
  | 'method_not_allowed'
  /** The browser's body is larger than `maxBodyBytes`. */
  | 'payload_too_large'
  /** The options given to this package are wrong (missing keys, bad environment). */
  | 'invalid_options'
  /** Belvo refused the secret keys (its 401). */
  | 'belvo_unauthorized'
  /** Belvo refused the token request (its 400): usually a field this server sent. */
  | 'belvo_rejected'
  /** Belvo has no such object (its 404), e.g. a link id that is not yours. */
  | 'belvo_not_found'
  /** Belvo answered with something other than a token. */
  | 'belvo_error'
  /** Belvo did not answer within `timeoutMs`. */
  | 'belvo_timeout'
  /** Belvo could not be reached at all (DNS, connection refused, TLS). */
  | 'belvo_unreachable'
  /** The code runs in a browser, where secret keys must never be. */
  | 'browser_runtime'
  /** Your `resolveRequest` (or something unforeseen) threw an error that is not a `BelvoServerError`. */
  | 'internal_error'

const defaultStatus: Record<BelvoServerErrorCode, number> = {
  invalid_request: 400,
  invalid_json: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  invalid_options: 500,
  belvo_unauthorized: 502,
  belvo_rejected: 502,
  belvo_not_found: 404,
  belvo_error: 502,
  belvo_timeout: 504,
  belvo_unreachable: 502,
  browser_runtime: 500,
  internal_error: 500,
}

/**
 * The one error type this package throws and answers with. Its message says what to fix
 * and never contains the secret keys.
 *
 * @example
 * ```ts
 * try {
 *   await createWidgetToken()
 * } catch (error) {
 *   if (error instanceof BelvoServerError && error.code === 'belvo_unauthorized') {
 *     // rotate or re-enter BELVO_SECRET_ID / BELVO_SECRET_PASSWORD
 *   }
 * }
 * ```
 */
export class BelvoServerError extends Error {
  override readonly name = 'BelvoServerError'
  /** What went wrong, for a program to switch on. */
  readonly code: BelvoServerErrorCode
  /** The HTTP status the token handler answers with for this error. */
  readonly status: number
  /** The field at fault, as a dotted path (`widget.consent.purpose`), when there is one. */
  readonly field: string | undefined
  /** Belvo's `request_id`, when Belvo answered; quote it to Belvo's support. */
  readonly belvoRequestId: string | undefined

  constructor(
    code: BelvoServerErrorCode,
    message: string,
    details: { field?: string; status?: number; belvoRequestId?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.code = code
    this.status = details.status ?? defaultStatus[code]
    this.field = details.field
    this.belvoRequestId = details.belvoRequestId
  }

  /** The body the token handler sends for this error: `{ error: { code, message, field? } }`. */
  toJSON(): { error: { code: BelvoServerErrorCode; message: string; field?: string } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field === undefined ? {} : { field: this.field }),
      },
    }
  }
}

/** Shorthand for the 400 that names the field at fault. */
export function invalidField(field: string, message: string): BelvoServerError {
  return new BelvoServerError('invalid_request', `${field}: ${message}`, { field })
}

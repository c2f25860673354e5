import { BELVO_MESSAGES, type LoginErrorCode } from './messages.ts'

/** What a sandbox username/password pair leads to. */
export type SandboxOutcome =
  | { readonly kind: 'success' }
  | { readonly kind: 'mfa'; readonly token: string }
  | { readonly kind: 'error'; readonly code: LoginErrorCode; readonly message: string }

/** A username/password pair and the outcome it produces on any healthy institution. */
export interface SandboxCredential {
  readonly username: string
  readonly password: string
  readonly outcome: SandboxOutcome
}

const USERNAME = 'bnk100'

const error = <C extends LoginErrorCode, M extends string>(code: C, message: M) =>
  ({ kind: 'error', code, message }) as const

/**
 * Test credentials, one per documented outcome. They work on every healthy institution in
 * `SANDBOX_INSTITUTIONS` (any other pair is an invalid-credentials `login_error`).
 *
 * @example
 * ```ts
 * import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
 * const { username, password } = SANDBOX_CREDENTIALS.success
 * await emulator.user.login(username, password)
 * ```
 */
export const SANDBOX_CREDENTIALS = {
  /** Creates a link at once. */
  success: { username: USERNAME, password: 'full', outcome: { kind: 'success' } },
  /** Asks for an MFA token; `123456` creates the link, any other token is a `login_error`. */
  mfa: { username: USERNAME, password: 'mfa', outcome: { kind: 'mfa', token: '123456' } },
  invalidCredentials: {
    username: USERNAME,
    password: 'invalid',
    outcome: error('login_error', BELVO_MESSAGES.login_error.invalid_credentials),
  },
  accountLocked: {
    username: USERNAME,
    password: 'locked',
    outcome: error('login_error', BELVO_MESSAGES.login_error.account_locked),
  },
  accessForbidden: {
    username: USERNAME,
    password: 'forbidden',
    outcome: error('login_error', BELVO_MESSAGES.login_error.access_forbidden),
  },
  loginImpossible: {
    username: USERNAME,
    password: 'impossible',
    outcome: error('login_error', BELVO_MESSAGES.login_error.login_impossible),
  },
  mfaNotSupported: {
    username: USERNAME,
    password: 'mfa-unsupported',
    outcome: error('login_error', BELVO_MESSAGES.login_error.mfa_not_supported),
  },
  loginNotAttempted: {
    username: USERNAME,
    password: 'not-attempted',
    outcome: error('login_error', BELVO_MESSAGES.login_error.login_not_attempted),
  },
  /** The widget's form cannot be sent empty, so this row stands for the missing password. */
  missingCredentials: {
    username: USERNAME,
    password: 'missing',
    outcome: error('login_error', BELVO_MESSAGES.login_error.missing_credentials),
  },
  tooManySessions: {
    username: USERNAME,
    password: 'sessions',
    outcome: error('too_many_sessions', BELVO_MESSAGES.too_many_sessions),
  },
  institutionDown: {
    username: USERNAME,
    password: 'down',
    outcome: error('institution_down', BELVO_MESSAGES.institution_down),
  },
  unexpectedError: {
    username: USERNAME,
    password: 'unexpected',
    outcome: error('unexpected_error', BELVO_MESSAGES.unexpected_error),
  },
} as const satisfies Record<string, SandboxCredential>

/** Name of a sandbox credential entry, e.g. `'success'` or `'tooManySessions'`. */
export type SandboxCredentialName = keyof typeof SANDBOX_CREDENTIALS

/** The MFA token that completes the `mfa` credentials. */
export const SANDBOX_MFA_TOKEN = SANDBOX_CREDENTIALS.mfa.outcome.token

/**
 * Belvo's documented error, warning and exit messages (seed pages 000, 001 and 002), word for word:
 * consumers match on them, so they are never translated.
 */
export const BELVO_MESSAGES = {
  institution_down: 'The financial institution is down, try again later',
  login_error: {
    invalid_credentials: 'Invalid credentials provided to login to the institution',
    account_locked:
      'The user account is locked, user needs to contact the institution to unlock it',
    access_forbidden: 'The user account access was forbidden by the institution',
    login_impossible:
      'Impossible to login, something unexpected happened while logging into the institution. Try again later.',
    // The next three are listed only on the Web SDK page (seed 001).
    mfa_not_supported:
      'A MFA token is required by the institution, but it’s not supported yet by Belvo.',
    login_not_attempted: 'Login not attempted due to invalid credentials',
    missing_credentials: 'Missing credentials to login to the institution',
    // Inferred: Belvo documents no message for a wrong MFA code, so the emulator says what
    // went wrong instead of blaming the password.
    invalid_mfa_token: 'Invalid MFA token provided to login to the institution',
  },
  too_many_sessions:
    'Impossible to login, a session is already opened with the institution for these credentials',
  unexpected_error:
    'Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution',
  ACCESS_TOKEN_NOT_VALID: 'The access token was not provided or is not valid',
  institution_disabled: 'The institution is temporarily unavailable.',
} as const

/** Error codes a login can end with (the documented `last_encountered_error.code` values). */
export type LoginErrorCode =
  | 'institution_down'
  | 'login_error'
  | 'too_many_sessions'
  | 'unexpected_error'

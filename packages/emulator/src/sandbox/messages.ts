/**
 * Belvo's documented error, warning and exit messages (seed pages 000 and 002), word for word:
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

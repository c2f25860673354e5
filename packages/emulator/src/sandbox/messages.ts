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

/**
 * What the emulator's HTTP routes answer besides login outcomes: Belvo's REST API wording
 * (Django REST framework's, as Belvo's API returns it) and the emulator's own pages and
 * control routes. One place, so each message reads the same wherever it is sent.
 */
export const API_MESSAGES = {
  authentication_failed: 'Invalid or missing credentials',
  token_required: 'A MFA token is required by the institution to login',
  not_found: 'Not found.',
  invalid_page: 'Invalid page.',
  required: 'This field is required.',
  not_an_object: 'The request body must be a JSON object.',
  method_not_allowed: (method: string) => `Method "${method}" not allowed.`,
  invalid_choice: (value: unknown) => `"${String(value)}" is not a valid choice.`,
  does_not_exist: (name: string) => `Object with name=${name} does not exist.`,
  fetch_resources: 'fetch_resources must be a list of resource names.',
  external_id: 'external_id must be a string.',
  session_expired: 'The MFA session has expired or does not exist. Register the link again.',
  mfa_instructions: 'Enter the 6-digit code the institution sent you.',
  link_unconfirmed:
    'This link is waiting for its MFA token: complete it with PATCH /api/links/ first.',
  not_a_boolean: 'Must be a valid boolean.',
  bad_date: 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.',
  date_order: 'date_to must be on or after date_from.',
  loopback_only: 'The control routes only answer loopback clients.',
  hosted_unknown_outcome: ['Unknown outcome', 'kind must be success, exit, error or warning.'],
  hosted_no_link: ['No link yet', 'No link was created with this token.'],
  hosted_no_callback: 'No callback URL',
  script_misnamed: (name: string, names: string) =>
    `${name} is not a script Belvo's CDN serves: load ${names}.`,
  script_fault: 'emulated failure',
  origin_refused: (origin: string | undefined) =>
    `The origin ${origin} is not an allowed URL for the widget: add it to the allowed URLs.`,
  body_too_large: 'Request body is larger than 1 MB.',
  body_not_json: 'JSON parse error: the request body is not valid JSON.',
  /** `POST /api/token/` field errors. */
  token_request: {
    unknown_scopes: (scopes: readonly string[]) => `Unknown scopes: ${scopes.join(', ')}.`,
    scopes: 'Scopes must be a comma-separated string.',
    link_id: 'link_id must be the id of an existing link.',
    stale_in: 'stale_in must be a number of days such as "300d".',
    fetch_resources: (resources: readonly string[]) =>
      `fetch_resources must be a list of: ${resources.join(', ')}.`,
    widget: 'widget must be an object.',
    branding: 'branding must be an object.',
    colour: 'Use a #RRGGBB colour.',
    callback_urls: 'callback_urls must be an object.',
    callback_url: 'Use an absolute URL or a deep link such as myapp://success.',
    color_scheme: "Use 'LIGHT' or 'DARK'.",
    openfinance_feature: "Use 'consent_link_creation' or 'consent_management'.",
    purpose: 'purpose must be a string of at most 600 characters.',
    identification_info: "Each entry needs type 'CPF' or 'CNPJ' and a number.",
  },
} as const

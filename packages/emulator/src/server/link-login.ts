import type { SandboxLink } from '../sandbox/accounts.ts'
import { type LoginAttempt, resolveLogin } from '../sandbox/login.ts'
import { API_MESSAGES } from '../sandbox/messages.ts'
import { type BelvoApiError, belvoError } from './http.ts'
import { EMULATOR_USER_ID, type LinkStore, type NewLink } from './link-store.ts'

/** Belvo's defaults for a link's storage settings, when neither token nor request sets them. */
export const LINK_DEFAULTS = { credentials_storage: '30d', stale_in: '365d' } as const

/** A link creation as the widget and `POST /api/links/` both send it. */
export interface LinkRequest {
  login: LoginAttempt
  link: NewLink
}

/** What the request does not carry: from the widget's token, or from the API request. */
export type LinkSettings = Pick<NewLink, 'credentials_storage' | 'stale_in' | 'id'> & {
  fetch_resources: unknown
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
export const nonEmpty = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined

/**
 * Reads a link creation body: the login (institution, username, password, MFA `token`) and the
 * link's fields, `access_mode` (default recurrent) and `external_id`. A wrong field gives the
 * error to answer with status 400.
 */
export function readLinkRequest(
  body: Record<string, unknown>,
  settings: LinkSettings,
): LinkRequest | BelvoApiError {
  const accessMode = body.access_mode ?? 'recurrent'
  if (accessMode !== 'single' && accessMode !== 'recurrent') {
    return belvoError('invalid_choice', API_MESSAGES.invalid_choice(accessMode), 'access_mode')
  }
  const fetchResources = settings.fetch_resources ?? []
  if (!Array.isArray(fetchResources) || fetchResources.some((r) => typeof r !== 'string')) {
    return belvoError('invalid', API_MESSAGES.fetch_resources, 'fetch_resources')
  }
  if (body.external_id != null && typeof body.external_id !== 'string') {
    return belvoError('invalid', API_MESSAGES.external_id, 'external_id')
  }
  const institution = text(body.institution)
  return {
    login: {
      institution,
      username: text(body.username),
      password: text(body.password),
      mfaToken: nonEmpty(body.token),
    },
    link: {
      id: settings.id,
      institution,
      access_mode: accessMode,
      external_id: (body.external_id as string | null | undefined) ?? null,
      created_by: EMULATOR_USER_ID,
      credentials_storage: settings.credentials_storage,
      stale_in: settings.stale_in,
      fetch_resources: fetchResources as string[],
    },
  }
}

/** How a login ends: a link, a request for the MFA token, or the error with its status. */
export type LinkOutcome =
  | { status: 'created'; link: SandboxLink }
  | { status: 'mfa_required'; error: BelvoApiError }
  | { status: 'refused'; httpStatus: 400 | 500; error: BelvoApiError }

/**
 * The one login path of the emulator's HTTP routes: decides the login from the sandbox tables
 * and creates the link when it succeeds. Belvo answers its own failures with 500 and the
 * institution's refusals with 400.
 */
export function logIn(links: LinkStore, request: LinkRequest): LinkOutcome {
  const result = resolveLogin(request.login)
  if (result.status === 'mfa_required') {
    return {
      status: 'mfa_required',
      error: belvoError('token_required', API_MESSAGES.token_required),
    }
  }
  if (result.status === 'error') {
    return {
      status: 'refused',
      httpStatus: result.code === 'unexpected_error' ? 500 : 400,
      error: belvoError(result.code, result.message),
    }
  }
  return { status: 'created', link: links.create(request.link) }
}

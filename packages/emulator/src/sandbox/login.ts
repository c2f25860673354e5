import { SANDBOX_CREDENTIALS, type SandboxCredential } from './credentials.ts'
import { findSandboxInstitution } from './institutions.ts'
import { BELVO_MESSAGES, type LoginErrorCode } from './messages.ts'

/** A login attempt in the widget, as the emulator's backend receives it. */
export interface LoginAttempt {
  institution: string
  username: string
  password: string
  /** Present on the second step of an MFA login. */
  mfaToken?: string | undefined
}

/** What the backend answers to a login attempt, before a link id is allocated. */
export type LoginResult =
  | { status: 'success' }
  | { status: 'mfa_required' }
  | { status: 'error'; code: LoginErrorCode | 'institution_disabled'; message: string }

/**
 * Decides the outcome of a login from the sandbox tables. Pure and synchronous so the
 * server and the in-memory testing backend give identical answers.
 */
export function resolveLogin(attempt: LoginAttempt): LoginResult {
  const institution = findSandboxInstitution(attempt.institution)
  if (!institution) {
    return { status: 'error', code: 'unexpected_error', message: BELVO_MESSAGES.unexpected_error }
  }
  if (institution.status === 'disabled') {
    return {
      status: 'error',
      code: 'institution_disabled',
      message: BELVO_MESSAGES.institution_disabled,
    }
  }
  if (institution.status === 'down') {
    return { status: 'error', code: 'institution_down', message: BELVO_MESSAGES.institution_down }
  }
  if (attempt.username === '' || attempt.password === '') {
    return {
      status: 'error',
      code: 'login_error',
      message: BELVO_MESSAGES.login_error.missing_credentials,
    }
  }
  const entry = Object.values(SANDBOX_CREDENTIALS).find(
    (c: SandboxCredential) => c.username === attempt.username && c.password === attempt.password,
  )
  const invalid: LoginResult = {
    status: 'error',
    code: 'login_error',
    message: BELVO_MESSAGES.login_error.invalid_credentials,
  }
  if (!entry) return invalid
  const outcome = entry.outcome
  switch (outcome.kind) {
    case 'success':
      return { status: 'success' }
    case 'mfa':
      // An empty code is no code: the institution asks for it again.
      if (!attempt.mfaToken) return { status: 'mfa_required' }
      if (attempt.mfaToken === outcome.token) return { status: 'success' }
      return {
        status: 'error',
        code: 'login_error',
        message: BELVO_MESSAGES.login_error.invalid_mfa_token,
      }
    case 'error':
      return { status: 'error', code: outcome.code, message: outcome.message }
  }
}

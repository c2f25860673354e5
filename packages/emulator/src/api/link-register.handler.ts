import { findSandboxInstitution } from '../sandbox/institutions.ts'
import { resolveLogin } from '../sandbox/login.ts'
import { API_MESSAGES } from '../sandbox/messages.ts'
import { belvoError, sendErrors, sendJson } from '../server/http.ts'
import { LINK_DEFAULTS, logIn, nonEmpty, readLinkRequest } from '../server/link-login.ts'
import { MFA_SESSION_SECONDS } from '../server/link-store.ts'
import type { Handler } from '../server/router.ts'
import { notAnObject, objectBody, required } from './respond.ts'

/**
 * `POST /api/links/`: registers a link with the user's credentials. An MFA login keeps the
 * link `unconfirmed` and answers 428 with a session for `PATCH /api/links/`.
 */
export const registerLink: Handler = async ({ req, res, emulator }) => {
  const body = await objectBody(req)
  if (!body) return notAnObject(res)
  const missing = (['institution', 'username', 'password'] as const).filter(
    (field) => !nonEmpty(body[field]),
  )
  if (missing.length) return sendErrors(res, 400, ...missing.map(required))
  const institution = body.institution as string
  if (!findSandboxInstitution(institution)) {
    return sendErrors(
      res,
      400,
      belvoError('does_not_exist', API_MESSAGES.does_not_exist(institution), 'institution'),
    )
  }
  const request = readLinkRequest(body, {
    credentials_storage: nonEmpty(body.credentials_storage) ?? LINK_DEFAULTS.credentials_storage,
    stale_in: nonEmpty(body.stale_in) ?? LINK_DEFAULTS.stale_in,
    fetch_resources: body.fetch_resources,
  })
  if (!('login' in request)) return sendErrors(res, 400, request)
  const outcome = logIn(emulator.links, request)
  if (outcome.status === 'created') return sendJson(res, 201, outcome.link)
  if (outcome.status === 'refused') return sendErrors(res, outcome.httpStatus, outcome.error)
  const link = emulator.links.create(request.link, 'unconfirmed')
  const { username, password } = request.login
  const session = emulator.links.openSession(link.id, { username, password })
  sendJson(res, 428, [
    {
      ...outcome.error,
      session: session.session,
      expiry: MFA_SESSION_SECONDS,
      link: link.id,
      token_generation_data: {
        instructions: API_MESSAGES.mfa_instructions,
        type: 'numeric',
        value: '',
        expects_user_input: true,
      },
    },
  ])
}

/** `PATCH /api/links/` with `{ session, token }`: completes a registration paused for MFA. */
export const resumeLink: Handler = async ({ req, res, emulator }) => {
  const body = (await objectBody(req)) ?? {}
  const missing = (['session', 'token'] as const).filter((field) => !nonEmpty(body[field]))
  if (missing.length) return sendErrors(res, 400, ...missing.map(required))
  const session = emulator.links.session(body.session as string)
  const link = session ? emulator.links.get(session.link) : undefined
  if (!session || !link || (body.link !== undefined && body.link !== session.link)) {
    return sendErrors(
      res,
      400,
      belvoError('session_expired', API_MESSAGES.session_expired, 'session'),
    )
  }
  const result = resolveLogin({
    institution: link.institution,
    username: session.username,
    password: session.password,
    mfaToken: body.token as string,
  })
  if (result.status !== 'success') {
    const { code, message } =
      result.status === 'error'
        ? result
        : { code: 'token_required', message: API_MESSAGES.token_required }
    return sendErrors(res, 400, belvoError(code, message))
  }
  emulator.links.closeSession(session.session)
  sendJson(res, 200, emulator.links.confirm(link.id))
}

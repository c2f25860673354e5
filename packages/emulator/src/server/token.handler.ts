import { API_MESSAGES, BELVO_MESSAGES } from '../sandbox/messages.ts'
import { basicAuth, belvoError, readJson, sendErrors, sendJson, sleep } from './http.ts'
import type { Handler } from './router.ts'
import { keysMatch } from './state.ts'
import { parseTokenRequest } from './token-request.ts'

/** `POST /api/token/`: a widget access token for the secret keys, or Belvo's errors. */
export const issueToken: Handler = async ({ req, res, emulator }) => {
  const { faults, tokens } = emulator
  await sleep(faults.tokenLatencyMs)
  if (faults.tokenFault === 401) {
    return sendErrors(
      res,
      401,
      belvoError('authentication_failed', API_MESSAGES.authentication_failed),
    )
  }
  if (faults.tokenFault === 500) {
    return sendErrors(res, 500, belvoError('unexpected_error', BELVO_MESSAGES.unexpected_error))
  }
  const body = await readJson(req)
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return sendErrors(res, 400, belvoError('invalid', API_MESSAGES.not_an_object))
  }
  const fields = body as Record<string, unknown>
  // The keys come in the body, or as HTTP Basic auth (Belvo's Node client sends
  // `links.token()` that way).
  const basic =
    fields.id === undefined && fields.password === undefined ? basicAuth(req) : undefined
  if (!keysMatch(emulator, basic?.id ?? fields.id, basic ? basic.password : fields.password)) {
    return sendErrors(
      res,
      401,
      belvoError('authentication_failed', API_MESSAGES.authentication_failed),
    )
  }
  const grant = parseTokenRequest(fields)
  if (Array.isArray(grant)) return sendJson(res, 400, grant)
  sendJson(res, 200, await tokens.issue(grant))
}

import { readJson, sendErrors, sendJson } from './http.ts'
import { logIn, readLinkRequest } from './link-login.ts'
import type { Handler } from './router.ts'
import { rejectWidgetToken } from './tokens.ts'

/**
 * `POST /widget/links`: the emulated widget's login. An MFA login answers 428 and the widget
 * sends the credentials again with the code; the link takes its storage settings from the token.
 */
export const createWidgetLink: Handler = async ({ req, res, emulator }) => {
  const body = ((await readJson(req)) ?? {}) as Record<string, unknown>
  const check = await emulator.tokens.check(body.access_token)
  if (!check.ok) return rejectWidgetToken(res, check, emulator.log)
  const { grant } = check.token
  const request = readLinkRequest(body, {
    id: grant.link_id,
    credentials_storage: grant.credentials_storage,
    stale_in: grant.stale_in,
    fetch_resources: grant.fetch_resources,
  })
  if (!('login' in request)) return sendErrors(res, 400, request)
  const outcome = logIn(emulator.links, request)
  if (outcome.status === 'mfa_required') return sendErrors(res, 428, outcome.error)
  if (outcome.status === 'refused') return sendErrors(res, outcome.httpStatus, outcome.error)
  // Belvo invalidates a token once a link is created with it.
  check.token.linkId = outcome.link.id
  emulator.log(`  link ${outcome.link.id} created on ${outcome.link.institution}`)
  sendJson(res, 201, outcome.link)
}

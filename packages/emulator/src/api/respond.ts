import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_MESSAGES } from '../sandbox/messages.ts'
import { basicAuth, belvoError, readJson, sendErrors, sendJson } from '../server/http.ts'
import type { Handler } from '../server/router.ts'
import { keysMatch } from '../server/state.ts'
import { paginate } from './query.ts'

/** Every `/api/` route but the token endpoint needs HTTP Basic auth with the secret keys. */
export const withKeys =
  (handler: Handler): Handler =>
  (request) => {
    const auth = basicAuth(request.req)
    if (auth && keysMatch(request.emulator, auth.id, auth.password)) return handler(request)
    sendErrors(
      request.res,
      401,
      belvoError('authentication_failed', API_MESSAGES.authentication_failed),
    )
  }

export const required = (field: string) => belvoError('required', API_MESSAGES.required, field)

/** The body as an object, or `undefined` when it is JSON of another kind. */
export async function objectBody(
  req: IncomingMessage,
): Promise<Record<string, unknown> | undefined> {
  const body = await readJson(req)
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined
}

export const notAnObject = (res: ServerResponse) =>
  sendErrors(res, 400, belvoError('invalid', API_MESSAGES.not_an_object))

/** Answers one page of `items` (`?page=`, `?page_size=`), or Belvo's 404 for a page past the end. */
export function sendPage<T extends object>(res: ServerResponse, url: URL, items: readonly T[]) {
  const page = paginate(items, url)
  if (page) sendJson(res, 200, page)
  else sendErrors(res, 404, belvoError('not_found', API_MESSAGES.invalid_page))
}

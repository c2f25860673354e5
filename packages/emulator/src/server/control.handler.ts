import { API_MESSAGES } from '../sandbox/messages.ts'
import { EmulatorError } from './errors.ts'
import { mergeFaults } from './faults.ts'
import { BodyError, belvoError, isLoopback, readJson, sendErrors, sendJson } from './http.ts'
import type { Handler } from './router.ts'
import { parseTokenRequest } from './token-request.ts'

/** The `/__emulator/` control routes answer loopback clients only. */
export const loopbackOnly =
  (handler: Handler): Handler =>
  (request) =>
    isLoopback(request.req.socket.remoteAddress)
      ? handler(request)
      : sendErrors(request.res, 403, belvoError('forbidden', API_MESSAGES.loopback_only))

/** `GET /__emulator/webhooks`: every webhook sent so far, with each attempt. */
export const listWebhooks: Handler = ({ res, emulator }) =>
  sendJson(res, 200, emulator.webhooks?.deliveries ?? [])

/** `GET /__emulator/try`: the landing page's button, a fresh token whose deep links come back. */
export const tryWidget: Handler = async ({ res, emulator }) => {
  const grant = parseTokenRequest({
    scopes: 'read_institutions,write_links',
    widget: {
      callback_urls: Object.fromEntries(
        ['success', 'exit', 'event'].map((kind) => [kind, `${emulator.url}/?tried=${kind}`]),
      ),
    },
  })
  if (Array.isArray(grant)) throw new Error(grant.map((e) => e.message).join(' '))
  const { access } = await emulator.tokens.issue(grant)
  res.writeHead(302, {
    location: `/?access_token=${access}&locale=en`,
    'cache-control': 'no-store',
  })
  res.end()
}

/** `GET /__emulator/faults` reads the fault switches; `POST` changes some of them. */
export const readFaults: Handler = ({ res, emulator }) => sendJson(res, 200, emulator.faults)

export const changeFaults: Handler = async ({ req, res, emulator }) => {
  try {
    emulator.faults = mergeFaults(emulator.faults, await readJson(req))
  } catch (error) {
    if (error instanceof EmulatorError || error instanceof BodyError) {
      return sendErrors(res, 400, belvoError('invalid', error.message))
    }
    throw error
  }
  emulator.log(`  faults now ${JSON.stringify(emulator.faults)}`)
  sendJson(res, 200, emulator.faults)
}

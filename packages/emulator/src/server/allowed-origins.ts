import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_MESSAGES } from '../sandbox/messages.ts'
import { EmulatorError } from './errors.ts'
import { belvoError } from './http.ts'

/**
 * Checks the `allowedOrigins` option: origins as Belvo's dashboard takes them, a scheme and
 * host with no path and no trailing slash (`https://www.acme-corp.com`, `http://localhost:5173`).
 */
export function checkAllowedOrigins(value: unknown): void {
  if (value === undefined) return
  const bad = Array.isArray(value)
    ? value.find((o) => typeof o !== 'string' || !/^https?:\/\/[^/?#\s]+$/.test(o))
    : value
  if (!Array.isArray(value) || bad !== undefined) {
    throw new EmulatorError(
      'INVALID_OPTION',
      `allowedOrigins must be a list of origins such as "https://www.acme-corp.com" (no path, no trailing "/"), got ${JSON.stringify(bad)}.`,
    )
  }
}

/**
 * Whether a request to the widget's routes comes from a page Belvo would refuse: with
 * `allowedOrigins` set, any origin not on the list (the emulator's own pages always pass).
 */
export function originRefused(
  req: IncomingMessage,
  path: string,
  allowed: readonly string[] | undefined,
  ownUrl: string,
): boolean {
  if (!allowed || !path.startsWith('/widget/')) return false
  const origin = req.headers.origin
  return origin !== undefined && origin !== ownUrl && !allowed.includes(origin)
}

/**
 * Refuses like a CORS check does: no `Access-Control-Allow-Origin`, so the browser blocks the
 * answer and prints a CORS error, and the widget opens empty (Belvo's troubleshooting list:
 * "the widget opening empty", "CORS errors displayed in the console").
 */
export function refuseOrigin(
  req: IncomingMessage,
  res: ServerResponse,
  log: (line: string) => void,
) {
  log(
    `  origin ${req.headers.origin} is not among the allowed origins: add it with --allowed-origins (Belvo: dashboard → widget configuration → allowed URLs)`,
  )
  res
    .writeHead(403, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify([belvoError('forbidden', API_MESSAGES.origin_refused(req.headers.origin))]))
}

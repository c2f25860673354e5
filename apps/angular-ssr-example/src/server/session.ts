import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getIronSession } from 'iron-session'
import type { VisitorLinks } from './belvo'

// Set SESSION_SECRET (32+ characters) in production so sessions survive restarts and work
// across instances; without it each start makes its own, and visitors start over.
const password = process.env.SESSION_SECRET ?? randomBytes(32).toString('hex')

/** The current visitor's signed, encrypted session: the links this browser created. */
export function visitorSession(req: IncomingMessage, res: ServerResponse) {
  return getIronSession<VisitorLinks>(req, res, {
    password,
    cookieName: 'belvo_example_session',
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
    },
  })
}

/**
 * Whether a browser sent the request from another site. Browsers send `Sec-Fetch-Site`; older
 * ones send at least `Origin` on a POST. Non-browser clients send neither and cannot ride on a
 * visitor's cookies, so they pass.
 */
export function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site']
  if (site) return site !== 'same-origin'
  const origin = req.headers.origin
  return origin !== undefined && new URL(origin).host !== req.headers.host
}

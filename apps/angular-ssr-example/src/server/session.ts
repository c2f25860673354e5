import type { IncomingMessage, ServerResponse } from 'node:http'
import { isDevMode } from '@angular/core'
import { getIronSession } from 'iron-session'
import type { VisitorLinks } from './belvo'

/**
 * SESSION_SECRET signs and encrypts the session cookie: 32+ random characters, the same on every
 * instance. A development build (`ng serve`) falls back to a fixed one; a production build
 * (`ng build`) throws without it, whatever NODE_ENV says.
 */
export function sessionPassword(): string {
  const secret = process.env.SESSION_SECRET
  if (secret && secret.length >= 32) return secret
  if (isDevMode()) return 'development-only-session-secret-do-not-deploy'
  throw new Error(
    'Set SESSION_SECRET to 32 or more random characters (it seals the session cookie).',
  )
}

/**
 * A production build served over plain HTTP on this machine (local runs, end-to-end tests) gets
 * a cookie without `Secure`: WebKit drops Secure cookies on http://localhost and
 * http://127.0.0.1 (Chromium and Firefox keep them), and would lose the session.
 */
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

/** The current visitor's signed, encrypted session: the links this browser created. */
export function visitorSession(req: IncomingMessage, res: ServerResponse) {
  return getIronSession<VisitorLinks>(req, res, {
    password: sessionPassword(),
    cookieName: 'belvo_example_session',
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: !isDevMode() && !LOOPBACK.test(req.headers.host ?? ''),
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

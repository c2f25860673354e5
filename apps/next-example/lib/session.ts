import { getIronSession } from 'iron-session'
import { cookies, headers } from 'next/headers'
import type { VisitorLinks } from './belvo'

/**
 * SESSION_SECRET signs and encrypts the session cookie: 32+ random characters, the same on every
 * instance (and in the edge and Node runtimes). Development falls back to a fixed one.
 */
export function sessionPassword(): string {
  const secret = process.env.SESSION_SECRET
  if (secret && secret.length >= 32) return secret
  if (process.env.NODE_ENV !== 'production') return 'development-only-session-secret-do-not-deploy'
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
export async function visitorSession() {
  const loopback = LOOPBACK.test((await headers()).get('host') ?? '')
  return getIronSession<VisitorLinks>(await cookies(), {
    password: sessionPassword(),
    cookieName: 'belvo_example_session',
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production' && !loopback,
    },
  })
}

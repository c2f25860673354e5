import { getIronSession } from 'iron-session'
import { cookies } from 'next/headers'
import type { VisitorLinks } from './belvo'

/**
 * SESSION_SECRET signs and encrypts the session cookie: 32+ random characters, the same on every
 * instance (and in the edge and Node runtimes). Development falls back to a fixed one.
 */
function sessionPassword(): string {
  const secret = process.env.SESSION_SECRET
  if (secret && secret.length >= 32) return secret
  if (process.env.NODE_ENV !== 'production') return 'development-only-session-secret-do-not-deploy'
  throw new Error(
    'Set SESSION_SECRET to 32 or more random characters (it seals the session cookie).',
  )
}

/** The current visitor's signed, encrypted session: the links this browser created. */
export async function visitorSession() {
  return getIronSession<VisitorLinks>(await cookies(), {
    password: sessionPassword(),
    cookieName: 'belvo_example_session',
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
    },
  })
}

import { randomBytes } from 'node:crypto'
import { getIronSession } from 'iron-session'
import { cookies } from 'next/headers'
import type { VisitorLinks } from './belvo'

// Set SESSION_SECRET (32+ characters) in production so sessions survive restarts and work
// across instances; without it each start makes its own, and visitors start over.
const password = process.env.SESSION_SECRET ?? randomBytes(32).toString('hex')

/** The current visitor's signed, encrypted session: the links this browser created. */
export async function visitorSession() {
  return getIronSession<VisitorLinks>(await cookies(), {
    password,
    cookieName: 'belvo_example_session',
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
    },
  })
}

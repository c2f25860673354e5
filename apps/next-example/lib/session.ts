import { randomBytes } from 'node:crypto'
import { getIronSession } from 'iron-session'
import { cookies } from 'next/headers'

/** What the visitor's signed, encrypted cookie holds: the links this browser created. */
export interface VisitorSession {
  /** Link ids this visitor created with the widget. */
  links?: string[]
  /** When this visitor last received a widget token: the one link it creates may be claimed. */
  tokenIssuedAt?: number
}

// Set SESSION_SECRET (32+ characters) in production so sessions survive restarts and work
// across instances; without it each start makes its own, and visitors start over.
const password = process.env.SESSION_SECRET ?? randomBytes(32).toString('hex')

/** The current visitor's session (Route Handlers and Server Actions may save it). */
export async function visitorSession() {
  return getIronSession<VisitorSession>(await cookies(), {
    password,
    cookieName: 'belvo_example_session',
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
    },
  })
}

import { randomBytes } from 'node:crypto'
import type { H3Event } from 'h3'

/** What the visitor's sealed session cookie holds: the links this browser created. */
export interface VisitorSession {
  /** Link ids this visitor created with the widget. */
  links?: string[]
  /** When this visitor last received a widget token: the one link it creates may be claimed. */
  tokenIssuedAt?: number
}

// Set NUXT_SESSION_SECRET (32+ characters) in production so sessions survive restarts and
// work across instances; without it each start makes its own, and visitors start over.
const fallbackSecret = randomBytes(32).toString('hex')

/** The current visitor's session (h3's sealed cookie session). */
export function visitorSession(event: H3Event) {
  const password = useRuntimeConfig(event).sessionSecret || fallbackSecret
  return useSession<VisitorSession>(event, {
    password,
    name: 'belvo_example_session',
    cookie: { httpOnly: true, sameSite: 'lax', secure: !import.meta.dev },
  })
}

/**
 * Whether a browser sent the request from another site. Browsers send `Sec-Fetch-Site`; older
 * ones send at least `Origin` on a POST. Non-browser clients send neither and cannot ride on a
 * visitor's cookies, so they pass.
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site !== 'same-origin'
  const origin = request.headers.get('origin')
  return origin !== null && new URL(origin).host !== request.headers.get('host')
}

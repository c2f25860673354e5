import type { H3Event } from 'h3'

// Set NUXT_SESSION_SECRET (32+ characters) in production so sessions survive restarts and
// work across instances; without it each start makes its own, and visitors start over.
const fallbackSecret = Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) =>
  byte.toString(16).padStart(2, '0'),
).join('')

/** The current visitor's session (h3's sealed cookie): the links this browser created. */
export function visitorSession(event: H3Event) {
  const password = useRuntimeConfig(event).sessionSecret || fallbackSecret
  return useSession<VisitorLinks>(event, {
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

import type { H3Event } from 'h3'

/**
 * NUXT_SESSION_SECRET seals the session cookie: 32+ random characters, the same on every
 * instance. Development falls back to a fixed one.
 */
export function sessionPassword(secret: string): string {
  if (secret.length >= 32) return secret
  if (import.meta.dev) return 'development-only-session-secret-do-not-deploy'
  throw new Error(
    'Set NUXT_SESSION_SECRET to 32 or more random characters (it seals the session cookie).',
  )
}

/**
 * A production build served over plain HTTP on this machine (local runs, end-to-end tests) gets
 * a cookie without `Secure`: WebKit drops Secure cookies on http://localhost and
 * http://127.0.0.1 (Chromium and Firefox keep them), and would lose the session.
 */
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

/** The current visitor's session (h3's sealed cookie): the links this browser created. */
export function visitorSession(event: H3Event) {
  return useSession<VisitorLinks>(event, {
    password: sessionPassword(useRuntimeConfig(event).sessionSecret),
    name: 'belvo_example_session',
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: !import.meta.dev && !LOOPBACK.test(getRequestHost(event)),
    },
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

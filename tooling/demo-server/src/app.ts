import { createBelvoTokenHandler, resolveBelvoConfig, updateMode } from '@belvo-widget/server'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { retrieveAccounts } from './accounts.ts'
import type { ResolvedDemoConfig } from './config.ts'
import { FAVICON_SVG, landingPage } from './landing.ts'

const favicon = () =>
  new Response(FAVICON_SVG, {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' },
  })

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The sandboxes run on other ports of this machine: any local origin may call. */
function localOrigin(origin: string): string | null {
  try {
    return LOCAL_HOSTS.has(new URL(origin).hostname) ? origin : null
  } catch {
    return null
  }
}

/**
 * The demo backend's routes as a Hono app, ready for any Fetch-API runtime:
 * `POST /api/widget-token`, `GET /api/links/:id/accounts`, `GET /api/health`, and a root page
 * that says what it is, lists the sandbox credentials and links the apps.
 */
export function createDemoApp(config: ResolvedDemoConfig): Hono {
  const connection = {
    environment: config.belvoEnv,
    secretId: config.secretId,
    secretPassword: config.secretPassword,
  }
  // Throws at start-up on bad keys or a bad BELVO_ENV, not at the first click.
  const belvo = resolveBelvoConfig(connection)
  const widgetToken = createBelvoTokenHandler({
    ...connection,
    // `link_id` in the body restores that link (update mode); without it, a new link.
    flow: updateMode({ optional: true }),
    acceptExternalId: true,
  })

  const app = new Hono()
  app.use(
    '/api/*',
    cors({
      origin: localOrigin,
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['content-type'],
    }),
  )
  app.all('/api/widget-token', (c) => widgetToken(c.req.raw))
  app.get('/api/links/:id/accounts', async (c) => {
    const result = await retrieveAccounts(belvo, c.req.param('id'))
    if ('accounts' in result) return c.json({ accounts: result.accounts })
    return c.json({ error: result.error }, result.status as 400)
  })
  app.get('/api/health', (c) => c.json({ ok: true, belvoEnv: config.belvoEnv }))
  app.get('/', (c) => c.html(landingPage(config)))
  app.get('/favicon.svg', favicon)
  app.get('/favicon.ico', favicon)
  app.notFound((c) =>
    c.json(
      { error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}.` } },
      404,
    ),
  )
  return app
}

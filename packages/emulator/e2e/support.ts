import type { IncomingMessage, ServerResponse } from 'node:http'
import { serveOnLoopback } from '@belvo-widget/browser-kit'

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>

/**
 * A plain web server on another port than the emulator, standing for the integrator's site:
 * every call from its pages to the emulator is cross-origin, as in real life.
 */
export async function startSite(routes: Record<string, Handler>) {
  const site = await serveOnLoopback((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid')
    const handler = routes[url.pathname]
    if (!handler) return res.writeHead(404).end('not found')
    Promise.resolve(handler(req, res, url)).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  return {
    // `localhost` keeps the site's origin distinct from the emulator's 127.0.0.1.
    url: site.url.replace('//127.0.0.1', '//localhost'),
    close: site.close,
  }
}

export const html = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
}

/** A widget token from the emulator, fetched server-side like an integrator's backend does. */
export async function widgetToken(emulatorUrl: string, extra: Record<string, unknown> = {}) {
  const res = await fetch(`${emulatorUrl}/api/token/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 'emulator-secret-id',
      password: 'emulator-secret-password',
      scopes: 'read_institutions,write_links',
      ...extra,
    }),
  })
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as { access: string; refresh: string }
}

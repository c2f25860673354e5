import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A server {@link serveOnLoopback} started. */
export interface LoopbackServer {
  server: Server
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string
  /** Drops open connections (a stalled response, keep-alive) and stops listening. */
  close(): Promise<void>
}

/**
 * An HTTP server on 127.0.0.1 at a free port, answering with `handler`: the page server of a
 * browser suite.
 *
 * @example
 * ```ts
 * const site = await serveOnLoopback((req, res) => res.end('<!doctype html><title>t</title>'))
 * await page.goto(site.url)
 * await site.close()
 * ```
 */
export async function serveOnLoopback(handler: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

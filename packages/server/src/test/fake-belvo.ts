// Belvo's side as runtimes and networks can make it look: a fetch with Cloudflare Workers'
// `this` check, and an API whose 200 answer never finishes.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * `inner`, refusing (as Cloudflare Workers' global fetch does) to run with a `this` other
 * than the global object or `undefined`, e.g. when called as `config.fetch(…)`.
 */
export function fetchCheckingThis(inner: typeof fetch): typeof fetch {
  return function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    if (this !== undefined && this !== globalThis) {
      throw new TypeError('Illegal invocation: function called with incorrect `this` reference.')
    }
    return inner(input, init)
  } as typeof fetch
}

/**
 * A Belvo on 127.0.0.1 that answers every request `200` with JSON headers and the start of a
 * body, then sends nothing more.
 */
export async function startStalledBodyBelvo(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"access":')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}

import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createDemoApp } from './app.ts'
import { type DemoServerOptions, resolveDemoConfig } from './config.ts'

export type { BelvoAccount } from './accounts.ts'
export { createDemoApp } from './app.ts'
export {
  type DemoServerOptions,
  EMULATOR_SECRET_ID,
  EMULATOR_SECRET_PASSWORD,
  EMULATOR_URL,
  resolveDemoConfig,
} from './config.ts'
export { DEFAULT_DEMO_LINKS, type DemoLink } from './landing.ts'

export interface DemoServer {
  /** `http://127.0.0.1:5101`, with the port actually bound. */
  url: string
  /** Where the token and data calls go: the emulator's URL, `sandbox` or `production`. */
  belvoEnv: string
  close(): Promise<void>
}

/**
 * Starts "your backend" for the sandboxes on `host:port`.
 *
 * @example
 * ```ts
 * const server = await startDemoServer({ port: 0, belvoEnv: emulator.url })
 * await fetch(`${server.url}/api/widget-token`, { method: 'POST' }) // { access }
 * await server.close()
 * ```
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const config = resolveDemoConfig(options)
  const app = createDemoApp(config)
  const host = options.host ?? '127.0.0.1'
  const server = serve({
    fetch: app.fetch,
    port: options.port ?? 5101,
    hostname: host,
    overrideGlobalObjects: false,
  })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${port}`,
    belvoEnv: config.belvoEnv,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

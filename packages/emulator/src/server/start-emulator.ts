import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { historicalUpdates, type WebhookDelivery, WebhookSender } from '../api/webhooks.ts'
import { EmulatorError } from './errors.ts'
import { type EmulatorFaults, mergeFaults, NO_FAULTS } from './faults.ts'
import { LinkStore } from './link-store.ts'
import {
  checkOptions,
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  DEFAULT_PORT,
  DEFAULT_SECRET_ID,
  DEFAULT_SECRET_PASSWORD,
  type EmulatorOptions,
} from './options.ts'
import { createRouter } from './router.ts'
import { ROUTES } from './routes.ts'
import type { EmulatorState } from './state.ts'
import { TokenStore } from './tokens.ts'

export type { EmulatorOptions } from './options.ts'

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:5100`. */
  url: string
  /** `${url}/belvo-widget-1-stable.js`: point the SDK loader's `src` here. */
  scriptUrl: string
  secretId: string
  secretPassword: string
  /** Changes fault switches at runtime (same keys as the options). */
  setFaults(partial: Partial<EmulatorFaults>): void
  /** Current fault switches. */
  readonly faults: EmulatorFaults
  /** Every webhook sent so far (or still being retried), with each attempt. */
  readonly webhooks: WebhookDelivery[]
  /** Stops listening and drops open connections, including hung script requests. */
  close(): Promise<void>
}

function createState(options: EmulatorOptions): EmulatorState {
  const log = options.quiet ? () => {} : (line: string) => console.log(line)
  const links = new LinkStore()
  const webhooks = options.webhookUrl ? new WebhookSender(options.webhookUrl, log) : undefined
  if (webhooks) links.onReady((link, loaded) => webhooks.send(historicalUpdates(link, loaded)))
  const state: EmulatorState = {
    options,
    secretId: options.secretId ?? DEFAULT_SECRET_ID,
    secretPassword: options.secretPassword ?? DEFAULT_SECRET_PASSWORD,
    url: '',
    faults: mergeFaults(NO_FAULTS, {
      scriptLatencyMs: options.scriptLatencyMs,
      tokenLatencyMs: options.tokenLatencyMs,
      scriptFault: options.scriptFault,
      tokenFault: options.tokenFault,
    }),
    tokens: new TokenStore(
      () => state.url,
      options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    ),
    links,
    webhooks,
    log,
  }
  return state
}

/**
 * Starts Belvo's side of the widget flow on loopback: the SDK script, the token endpoint, the
 * hosted widget page and the data API for the links it creates (the routes are listed in
 * `routes.ts`).
 *
 * @example
 * ```ts
 * import { startEmulator } from '@belvo-widget/emulator'
 *
 * const emulator = await startEmulator({ port: 0, quiet: true })
 * const res = await fetch(`${emulator.url}/api/token/`, {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({
 *     id: emulator.secretId,
 *     password: emulator.secretPassword,
 *     scopes: 'read_institutions,write_links',
 *   }),
 * })
 * const { access } = await res.json()
 * await emulator.close()
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options)
  const host = options.host ?? '127.0.0.1'
  const state = createState(options)
  const route = createRouter(ROUTES, state)
  const server = createServer((req, res) => {
    const started = Date.now()
    res.on('finish', () =>
      state.log(
        `${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${Date.now() - started}ms`,
      ),
    )
    route(req, res)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new EmulatorError(
            'PORT_IN_USE',
            `Port ${options.port ?? DEFAULT_PORT} on ${host} is already in use. Stop the other process or pick another port (0 = any free port).`,
          ),
        )
      } else reject(error)
    })
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  state.url = `http://${shownHost}:${port}`

  return {
    url: state.url,
    scriptUrl: `${state.url}/belvo-widget-1-stable.js`,
    secretId: state.secretId,
    secretPassword: state.secretPassword,
    get faults() {
      return { ...state.faults }
    },
    setFaults(partial) {
      state.faults = mergeFaults(state.faults, partial)
    },
    get webhooks() {
      return state.webhooks?.deliveries ?? []
    },
    close() {
      state.webhooks?.close()
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleApi } from '../api/routes.ts'
import { historicalUpdates, type WebhookDelivery, WebhookSender } from '../api/webhooks.ts'
import { resolveLogin } from '../sandbox/login.ts'
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import { SDK_SCRIPT_NAMES } from '../sdk/script-names.ts'
import { checkAllowedOrigins, originRefused, refuseOrigin } from './allowed-origins.ts'
import { EmulatorError } from './errors.ts'
import { type EmulatorFaults, mergeFaults, NO_FAULTS } from './faults.ts'
import { buildDeepLink, type DeepLinkKind, hostedErrorPage, hostedWidgetPage } from './hosted.ts'
import {
  BodyError,
  basicAuth,
  belvoError,
  isLoopback,
  readJson,
  send,
  sendHtml,
  sendJson,
  sendPreflight,
  sleep,
} from './http.ts'
import { faviconPng, landingJson, landingPage } from './landing.ts'
import { EMULATOR_USER_ID, LinkStore } from './link-store.ts'
import { loadSdkScript } from './sdk-asset.ts'
import { consentOf, parseTokenRequest } from './token-request.ts'
import { type TokenCheck, TokenStore } from './tokens.ts'

/** Options of {@link startEmulator}. Every one has a default. */
export interface EmulatorOptions extends Partial<EmulatorFaults> {
  /** Port to listen on. Default 5100; 0 picks a free one (use it in tests). */
  port?: number
  /** Interface to bind. Default `'127.0.0.1'`. */
  host?: string
  /** Secret key id the token endpoint and data API accept. Default `'emulator-secret-id'`. */
  secretId?: string
  /** Secret key password. Default `'emulator-secret-password'`. */
  secretPassword?: string
  /** Lifetime of access tokens, in seconds. Default 600 (Belvo's 10 minutes). */
  accessTokenTtlSeconds?: number
  /** Default shape of `onExit`/`onEvent` payloads; the script URL's `?payloadStyle=` wins. */
  payloadStyle?: 'bare' | 'wrapped'
  /** No request log on stdout. */
  quiet?: boolean
  /**
   * Pages allowed to start the widget, as in Belvo's dashboard (widget configuration → allowed
   * URLs), e.g. `['http://localhost:5173']`. A page on another origin gets what Belvo's
   * troubleshooting describes: a CORS error in the console and a widget that opens empty.
   * Default: every origin.
   */
  allowedOrigins?: string[]
  /**
   * Where to POST Belvo's webhooks (`historical_update` for accounts, owners and transactions
   * once a new link's data is ready). Failed deliveries are retried; see `webhooks`.
   */
  webhookUrl?: string
}

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

const DEFAULT_SECRET_ID = 'emulator-secret-id'
const DEFAULT_SECRET_PASSWORD = 'emulator-secret-password'

function checkOptions(options: EmulatorOptions): void {
  const { port, host, secretId, secretPassword, accessTokenTtlSeconds, payloadStyle } = options
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new EmulatorError(
      'INVALID_OPTION',
      `port must be an integer from 0 to 65535, got ${port}.`,
    )
  }
  if (host !== undefined && (typeof host !== 'string' || host === '')) {
    throw new EmulatorError(
      'INVALID_OPTION',
      'host must be a non-empty string such as "127.0.0.1".',
    )
  }
  for (const [name, value] of [
    ['secretId', secretId],
    ['secretPassword', secretPassword],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new EmulatorError('INVALID_OPTION', `${name} must be a non-empty string.`)
    }
  }
  if (accessTokenTtlSeconds !== undefined && !Number.isFinite(accessTokenTtlSeconds)) {
    throw new EmulatorError('INVALID_OPTION', 'accessTokenTtlSeconds must be a number of seconds.')
  }
  if (payloadStyle !== undefined && payloadStyle !== 'bare' && payloadStyle !== 'wrapped') {
    throw new EmulatorError('INVALID_OPTION', "payloadStyle must be 'bare' or 'wrapped'.")
  }
  checkAllowedOrigins(options.allowedOrigins)
  const { webhookUrl } = options
  if (webhookUrl !== undefined && !/^https?:\/\/[^/]/.test(String(webhookUrl))) {
    throw new EmulatorError(
      'INVALID_OPTION',
      `webhookUrl must be an http(s) URL such as "http://127.0.0.1:3000/webhooks", got ${JSON.stringify(webhookUrl)}.`,
    )
  }
}

const TOKEN_INVALID = () =>
  [belvoError('ACCESS_TOKEN_NOT_VALID', BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID)] as const

/**
 * Starts Belvo's side of the widget flow on loopback: the SDK script, the token endpoint, the
 * hosted widget page and the data API for the links it creates.
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
  const secretId = options.secretId ?? DEFAULT_SECRET_ID
  const secretPassword = options.secretPassword ?? DEFAULT_SECRET_PASSWORD
  let faults = mergeFaults(NO_FAULTS, {
    scriptLatencyMs: options.scriptLatencyMs,
    tokenLatencyMs: options.tokenLatencyMs,
    scriptFault: options.scriptFault,
    tokenFault: options.tokenFault,
  })
  let url = ''
  const tokens = new TokenStore(() => url, options.accessTokenTtlSeconds ?? 600)
  const links = new LinkStore()
  const log = options.quiet ? () => {} : (line: string) => console.log(line)
  const webhooks = options.webhookUrl ? new WebhookSender(options.webhookUrl, log) : undefined
  if (webhooks) links.onReady((link, loaded) => webhooks.send(historicalUpdates(link, loaded)))

  const keysMatch = (id: unknown, password: unknown) =>
    id === secretId && password === secretPassword

  const widgetTokenError = (res: ServerResponse, check: TokenCheck & { ok: false }) => {
    log(`  access token rejected: ${check.reason}`)
    sendJson(res, 401, TOKEN_INVALID())
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await sleep(faults.tokenLatencyMs)
    if (faults.tokenFault === 401) {
      return sendJson(res, 401, [
        belvoError('authentication_failed', 'Invalid or missing credentials'),
      ])
    }
    if (faults.tokenFault === 500) {
      return sendJson(res, 500, [belvoError('unexpected_error', BELVO_MESSAGES.unexpected_error)])
    }
    const body = await readJson(req)
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return sendJson(res, 400, [belvoError('invalid', 'The request body must be a JSON object.')])
    }
    const fields = body as Record<string, unknown>
    // The keys come in the body, or as HTTP Basic auth (Belvo's Node client sends
    // `links.token()` that way).
    const basic =
      fields.id === undefined && fields.password === undefined ? basicAuth(req) : undefined
    if (!keysMatch(basic?.id ?? fields.id, basic ? basic.password : fields.password)) {
      return sendJson(res, 401, [
        belvoError('authentication_failed', 'Invalid or missing credentials'),
      ])
    }
    const grant = parseTokenRequest(fields)
    if (Array.isArray(grant)) return sendJson(res, 400, grant)
    sendJson(res, 200, await tokens.issue(grant))
  }

  async function handleSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readJson(req)) as { access_token?: unknown }
    const check = await tokens.check(body?.access_token)
    if (!check.ok) return widgetTokenError(res, check)
    const { grant } = check.token
    const existing = grant.link_id ? links.get(grant.link_id) : undefined
    sendJson(res, 200, {
      branding: grant.widget.branding,
      update_link: existing ? { id: existing.id, institution: existing.institution } : null,
      payload_style: options.payloadStyle ?? 'bare',
      consent: consentOf(grant) ?? null,
    })
  }

  async function handleCreateLink(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = ((await readJson(req)) ?? {}) as Record<string, unknown>
    const check = await tokens.check(body.access_token)
    if (!check.ok) return widgetTokenError(res, check)
    const str = (v: unknown) => (typeof v === 'string' ? v : '')
    const result = resolveLogin({
      institution: str(body.institution),
      username: str(body.username),
      password: str(body.password),
      mfaToken: typeof body.token === 'string' ? body.token : undefined,
    })
    if (result.status === 'mfa_required') {
      return sendJson(res, 428, [
        belvoError('token_required', 'A MFA token is required by the institution to login'),
      ])
    }
    if (result.status === 'error')
      return sendJson(res, 400, [belvoError(result.code, result.message)])
    const { grant } = check.token
    const link = links.create({
      id: grant.link_id,
      institution: str(body.institution),
      access_mode: body.access_mode === 'single' ? 'single' : 'recurrent',
      external_id: typeof body.external_id === 'string' ? body.external_id : null,
      created_by: EMULATOR_USER_ID,
      credentials_storage: grant.credentials_storage,
      stale_in: grant.stale_in,
      fetch_resources: grant.fetch_resources,
    })
    // Belvo invalidates a token once a link is created with it.
    check.token.linkId = link.id
    log(`  link ${link.id} created on ${link.institution}`)
    sendJson(res, 201, link)
  }

  async function handleHostedRedirect(res: ServerResponse, query: URLSearchParams): Promise<void> {
    const kind = query.get('kind') as DeepLinkKind | null
    if (kind !== 'success' && kind !== 'exit' && kind !== 'error' && kind !== 'warning') {
      return sendHtml(
        res,
        400,
        hostedErrorPage('Unknown outcome', 'kind must be success, exit, error or warning.'),
      )
    }
    const check = await tokens.check(query.get('access_token'), { allowSpent: true })
    if (!check.ok) {
      // Without a readable token there is no callback URL to send the user to.
      return sendHtml(
        res,
        401,
        hostedErrorPage('ACCESS_TOKEN_NOT_VALID', BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID),
      )
    }
    const { grant, linkId } = check.token
    let values: URLSearchParams | Record<string, string | undefined> = query
    if (kind === 'success') {
      // The link comes from the emulator's own record, not from the page.
      const link = linkId ? links.get(linkId) : undefined
      if (!link) {
        return sendHtml(
          res,
          409,
          hostedErrorPage('No link yet', 'No link was created with this token.'),
        )
      }
      values = { link: link.id, institution: link.institution }
    }
    const deepLink = buildDeepLink(kind, grant.widget.callback_urls, values)
    if (!deepLink.ok) return sendHtml(res, 400, hostedErrorPage('No callback URL', deepLink.reason))
    log(`  hosted ${kind} → ${deepLink.url}`)
    res.writeHead(302, { location: deepLink.url, 'cache-control': 'no-store' }).end()
  }

  const notFound = () => [belvoError('not_found', 'Not found.')]

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://emulator.invalid')
    const path = parsed.pathname
    const method = req.method ?? 'GET'
    if (originRefused(req, path, options.allowedOrigins, url)) return refuseOrigin(req, res, log)
    if (method === 'OPTIONS') return sendPreflight(req, res)

    if (SDK_SCRIPT_NAMES.includes(path.slice(1)) && (method === 'GET' || method === 'HEAD')) {
      await sleep(faults.scriptLatencyMs)
      if (faults.scriptFault === 'hang') return // never answered; close() drops the socket
      if (faults.scriptFault === 'error') return send(res, 500, 'emulated failure', 'text/plain')
      return send(res, 200, await loadSdkScript(), 'text/javascript; charset=utf-8', {
        'cross-origin-resource-policy': 'cross-origin',
      })
    }
    if (/^\/belvo-[\w.-]*\.js$/.test(path)) {
      // A misremembered name: the page's script tag fails, and this says why.
      const names = SDK_SCRIPT_NAMES.join(' or ')
      log(`  ${path}: not a script Belvo's CDN serves; load ${names}`)
      return send(
        res,
        404,
        `${path.slice(1)} is not a script Belvo's CDN serves: load ${names}.`,
        'text/plain',
      )
    }
    if (path === '/api/token/' || path === '/api/token') {
      if (method !== 'POST')
        return sendJson(res, 405, [
          belvoError('method_not_allowed', `Method "${method}" not allowed.`),
        ])
      return handleToken(req, res)
    }
    if (path === '/widget/session' && method === 'POST') return handleSession(req, res)
    if (path === '/widget/links' && method === 'POST') return handleCreateLink(req, res)
    if (path === '/' && method === 'GET') {
      if (!parsed.searchParams.has('access_token')) {
        const info = {
          url,
          secretId,
          secretPassword: secretPassword === DEFAULT_SECRET_PASSWORD ? secretPassword : undefined,
          webhookUrl: options.webhookUrl,
        }
        const accept = req.headers.accept ?? ''
        return accept.includes('application/json') && !accept.includes('text/html')
          ? sendJson(res, 200, landingJson(info))
          : sendHtml(res, 200, landingPage(info, parsed.searchParams))
      }
      return sendHtml(res, 200, hostedWidgetPage())
    }
    if (path === '/favicon.ico' && (method === 'GET' || method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=86400' })
      return void res.end(method === 'HEAD' ? undefined : faviconPng())
    }
    if (path === '/hosted/redirect' && method === 'GET')
      return handleHostedRedirect(res, parsed.searchParams)

    if (await handleApi(req, res, { links, keysMatch, basicAuth, url })) return

    if (path.startsWith('/__emulator/') && !isLoopback(req.socket.remoteAddress)) {
      return sendJson(res, 403, [
        belvoError('forbidden', 'The control routes only answer loopback clients.'),
      ])
    }
    if (path === '/__emulator/webhooks' && method === 'GET') {
      return sendJson(res, 200, webhooks?.deliveries ?? [])
    }
    if (path === '/__emulator/try' && method === 'GET') {
      // The landing page's button: a fresh token whose deep links come back to the landing page.
      const grant = parseTokenRequest({
        scopes: 'read_institutions,write_links',
        widget: {
          callback_urls: Object.fromEntries(
            ['success', 'exit', 'event'].map((kind) => [kind, `${url}/?tried=${kind}`]),
          ),
        },
      })
      if (Array.isArray(grant)) throw new Error(grant.map((e) => e.message).join(' '))
      const { access } = await tokens.issue(grant)
      res.writeHead(302, {
        location: `/?access_token=${access}&locale=en`,
        'cache-control': 'no-store',
      })
      return void res.end()
    }
    if (path === '/__emulator/faults') {
      if (method === 'POST') {
        try {
          faults = mergeFaults(faults, await readJson(req))
        } catch (error) {
          if (error instanceof EmulatorError || error instanceof BodyError) {
            return sendJson(res, 400, [belvoError('invalid', error.message)])
          }
          throw error
        }
        log(`  faults now ${JSON.stringify(faults)}`)
      }
      return sendJson(res, 200, faults)
    }
    sendJson(res, 404, notFound())
  }

  const server = createServer((req, res) => {
    const started = Date.now()
    res.on('finish', () =>
      log(`${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${Date.now() - started}ms`),
    )
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy()
      if (error instanceof BodyError)
        return sendJson(res, 400, [belvoError('invalid', error.message)])
      console.error(error)
      sendJson(res, 500, [belvoError('unexpected_error', BELVO_MESSAGES.unexpected_error)])
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new EmulatorError(
            'PORT_IN_USE',
            `Port ${options.port ?? 5100} on ${host} is already in use. Stop the other process or pick another port (0 = any free port).`,
          ),
        )
      } else reject(error)
    })
    server.listen(options.port ?? 5100, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  url = `http://${shownHost}:${port}`

  return {
    url,
    scriptUrl: `${url}/belvo-widget-1-stable.js`,
    secretId,
    secretPassword,
    get faults() {
      return { ...faults }
    },
    setFaults(partial) {
      faults = mergeFaults(faults, partial)
    },
    get webhooks() {
      return webhooks?.deliveries ?? []
    },
    close() {
      webhooks?.close()
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}

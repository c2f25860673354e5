import { type BelvoTokenHandlerOptions, createBelvoTokenHandler } from './handler.ts'

/**
 * The parts of Node's `IncomingMessage` the adapter reads; Express and Connect requests
 * fit too. Declared here so the package needs no Node types.
 */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  method?: string
  url?: string
  headers: Record<string, string | string[] | undefined>
  /**
   * Set by body parsers such as `express.json()`. Used only when the stream has been read
   * (`_body` or `readableEnded`): Express 4's parsers set `{}` on requests they skip.
   */
  body?: unknown
  /** `true` once Express 4's body parsers (`body-parser` 1.x) have read the stream. */
  _body?: boolean
  /** `true` once the stream has been read to its end, by whatever read it. */
  readableEnded?: boolean
  /** TLS sockets set `encrypted`; read to rebuild the URL's scheme. */
  socket?: unknown
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number
  setHeader(name: string, value: string | string[]): unknown
  end(body?: string | Uint8Array): unknown
  headersSent?: boolean
  /** `true` once `end()` has been called. */
  writableEnded?: boolean
  /** Node's `'close'`: read to tell a browser that went away from an answer sent. */
  on?(event: 'close', listener: () => void): unknown
}

export type FetchHandler = (request: Request) => Promise<Response>

function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const host = String(req.headers.host ?? 'localhost')
  const protocol = (req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http'
  const url = new URL(req.url ?? '/', `${protocol}://${host}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const method = (req.method ?? 'GET').toUpperCase()
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal }
  if (method !== 'GET' && method !== 'HEAD') {
    const streamRead = req._body === true || req.readableEnded === true
    if (streamRead && req.body !== undefined) {
      // A body parser read the stream first: hand its result on as JSON text.
      const body = req.body
      init.body =
        typeof body === 'string' || body instanceof Uint8Array
          ? (body as string | Uint8Array<ArrayBuffer>)
          : JSON.stringify(body)
      headers.delete('content-length')
    } else {
      init.body = new ReadableStream<Uint8Array>({
        async start(controller) {
          try {
            for await (const chunk of req) {
              controller.enqueue(
                typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array),
              )
            }
            controller.close()
          } catch (error) {
            controller.error(error)
          }
        },
      })
      init.duplex = 'half'
    }
  }
  return new Request(url, init)
}

/**
 * Runs a Fetch-API handler (such as `createBelvoTokenHandler(...)`) under `node:http`,
 * Express or Connect. Works as a route handler or as middleware.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * createServer(toNodeHandler(createBelvoTokenHandler())).listen(3000)
 *
 * // Express
 * app.post('/api/widget-token', toNodeHandler(createBelvoTokenHandler()))
 * ```
 */
export function toNodeHandler(
  handler: FetchHandler,
): (
  req: NodeRequestLike,
  res: NodeResponseLike,
  next?: (error?: unknown) => void,
) => Promise<void> {
  return async (req, res, next) => {
    // A connection closed before the answer aborts the request, as Fetch-API runtimes do: the
    // handler stops waiting for Belvo and reports nothing.
    const left = new AbortController()
    res.on?.('close', () => {
      if (!res.writableEnded) left.abort()
    })
    try {
      const response = await handler(toRequest(req, left.signal))
      res.statusCode = response.status
      response.headers.forEach((value, name) => {
        res.setHeader(name, value)
      })
      res.end(new Uint8Array(await response.arrayBuffer()))
    } catch (error) {
      if (next) next(error)
      else if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Request failed.' } }))
      }
    }
  }
}

/**
 * `toNodeHandler(createBelvoTokenHandler(options))` in one call, for `node:http`, Express
 * and Connect.
 *
 * @example
 * ```ts
 * app.post('/api/widget-token', createBelvoTokenMiddleware({ request: { stale_in: '90d' } }))
 * ```
 */
export function createBelvoTokenMiddleware(
  options: BelvoTokenHandlerOptions = {},
): ReturnType<typeof toNodeHandler> {
  return toNodeHandler(createBelvoTokenHandler(options))
}

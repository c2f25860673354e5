import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_MESSAGES, BELVO_MESSAGES } from '../sandbox/messages.ts'
import { originRefused, refuseOrigin } from './allowed-origins.ts'
import { BodyError, belvoError, sendErrors, sendPreflight } from './http.ts'
import type { EmulatorState } from './state.ts'

/** One request as a handler sees it. */
export interface RouteRequest {
  req: IncomingMessage
  res: ServerResponse
  /** The request URL, on the `Host` the client used (API links are built from it). */
  url: URL
  /** The `:name` segments of the route's path, decoded. */
  params: Readonly<Record<string, string>>
  emulator: EmulatorState
}

/** Answers one request; it writes the response itself. */
export type Handler = (request: RouteRequest) => void | Promise<void>

type Method = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE'

/** One row of the route table. */
export interface Route {
  /** The methods it answers; `'*'` answers any (a path's "method not allowed" row). */
  method: Method | readonly Method[] | '*'
  /**
   * `/api/links/:id/` style: `:name` takes one segment, a trailing `/` is optional (as on
   * Belvo's API), a trailing `*` takes the rest. A RegExp is matched as is.
   */
  path: string | RegExp
  handler: Handler
}

/** A route table row: `route('GET', '/api/links/:id/', linkDetail)`. */
export const route = (method: Route['method'], path: Route['path'], handler: Handler): Route => ({
  method,
  path,
  handler,
})

interface CompiledRoute extends Route {
  pattern: RegExp
  names: string[]
}

function compile(row: Route): CompiledRoute {
  if (row.path instanceof RegExp) return { ...row, pattern: row.path, names: [] }
  const names: string[] = []
  const source = row.path
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:(\w+)/g, (_, name: string) => {
      names.push(name)
      return '([^/]+)'
    })
    .replace(/\*$/, '.*')
    .replace(/\/$/, '/?')
  return { ...row, pattern: new RegExp(`^${source}$`), names }
}

const answers = (route: Route, method: string) =>
  route.method === '*' ||
  (typeof route.method === 'string'
    ? route.method === method
    : route.method.includes(method as Method))

/** Belvo's 404 for a path nothing serves. */
export const notFound: Handler = ({ res }) =>
  sendErrors(res, 404, belvoError('not_found', API_MESSAGES.not_found))

/** A path's last row: the method is not one it serves. */
export const methodNotAllowed: Handler = ({ req, res }) =>
  sendErrors(
    res,
    405,
    belvoError('method_not_allowed', API_MESSAGES.method_not_allowed(req.method ?? 'GET')),
  )

function requestUrl(req: IncomingMessage, own: string): URL {
  try {
    return new URL(req.url ?? '/', req.headers.host ? `http://${req.headers.host}` : own)
  } catch {
    return new URL(req.url ?? '/', own)
  }
}

/**
 * Turns the route table into a request listener. Before any row: the widget routes' origin
 * check (`allowedOrigins`) and CORS preflights; the first row whose method and path match
 * answers; no row is a 404. A handler that throws answers 400 for a bad body, 500 otherwise.
 */
export function createRouter(routes: readonly Route[], emulator: EmulatorState) {
  const table = routes.map(compile)
  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req, emulator.url)
    const path = url.pathname
    const method = req.method ?? 'GET'
    if (originRefused(req, path, emulator.options.allowedOrigins, emulator.url)) {
      return refuseOrigin(req, res, emulator.log)
    }
    if (method === 'OPTIONS') return sendPreflight(req, res)
    for (const row of table) {
      if (!answers(row, method)) continue
      const found = row.pattern.exec(path)
      if (!found) continue
      const params = Object.fromEntries(
        row.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]),
      )
      return row.handler({ req, res, url, params, emulator })
    }
    return notFound({ req, res, url, params: {}, emulator })
  }
  return (req: IncomingMessage, res: ServerResponse): void => {
    dispatch(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy()
      if (error instanceof BodyError)
        return sendErrors(res, 400, belvoError('invalid', error.message))
      console.error(error)
      sendErrors(res, 500, belvoError('unexpected_error', BELVO_MESSAGES.unexpected_error))
    })
  }
}

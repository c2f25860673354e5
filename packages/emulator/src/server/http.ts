import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_MESSAGES } from '../sandbox/messages.ts'

/** Belvo's `request_id`: 32 hex characters. */
export const newRequestId = (): string => randomBytes(16).toString('hex')

/** One entry of Belvo's error format `[{ request_id, message, code, field? }]`. */
export interface BelvoApiError {
  request_id: string
  message: string
  code: string
  field?: string
}

export const belvoError = (code: string, message: string, field?: string): BelvoApiError => {
  const error: BelvoApiError = { request_id: newRequestId(), message, code }
  if (field) error.field = field
  return error
}

// Any page may load the script and call the widget routes: sandboxes run on other ports.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization',
  'access-control-max-age': '600',
}

export function sendPreflight(req: IncomingMessage, res: ServerResponse): void {
  const headers: Record<string, string> = { ...CORS_HEADERS }
  // Chromium's Private Network Access preflight, for pages served from a public address.
  if (req.headers['access-control-request-private-network'] === 'true') {
    headers['access-control-allow-private-network'] = 'true'
  }
  res.writeHead(204, headers).end()
}

export function send(
  res: ServerResponse,
  status: number,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
): void {
  res
    .writeHead(status, {
      ...CORS_HEADERS,
      'content-type': contentType,
      'cache-control': 'no-store',
      ...extra,
    })
    .end(body)
}

export const sendJson = (res: ServerResponse, status: number, body: unknown): void =>
  send(res, status, JSON.stringify(body), 'application/json')

/** Answers a list of errors in Belvo's format. */
export const sendErrors = (res: ServerResponse, status: number, ...errors: BelvoApiError[]): void =>
  sendJson(res, status, errors)

export const sendHtml = (res: ServerResponse, status: number, html: string): void =>
  send(res, status, html, 'text/html; charset=utf-8')

export class BodyError extends Error {}

/** Reads a JSON body (≤ 1 MB). Throws BodyError with a message fit for a 400 answer. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 1_000_000) throw new BodyError(API_MESSAGES.body_too_large)
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new BodyError(API_MESSAGES.body_not_json)
  }
}

/** `{ id, password }` from an HTTP Basic `Authorization` header, if there is one. */
export function basicAuth(req: IncomingMessage): { id: string; password: string } | undefined {
  const header = req.headers.authorization
  if (!header?.toLowerCase().startsWith('basic ')) return undefined
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { id: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

export const isLoopback = (address: string | undefined): boolean =>
  address === '127.0.0.1' ||
  address === '::1' ||
  address === '::ffff:127.0.0.1' ||
  (address?.startsWith('127.') ?? false) ||
  (address?.startsWith('::ffff:127.') ?? false)

export const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()

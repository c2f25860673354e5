import { resolveLogin } from '../sandbox/login.ts'
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import { consentFromWidget } from '../sdk/consent.ts'
import type { WidgetBackend, WidgetBranding, WidgetConsent } from '../sdk/types.ts'
import { requestId } from '../sdk/widget.payloads.ts'

interface MemoryToken {
  exp: number
  branding: WidgetBranding
  scopes: string[]
  consent: WidgetConsent | undefined
  used: boolean
}

/** What a memory token carries besides its lifetime. */
export interface MintOptions {
  branding: WidgetBranding
  scopes: string[]
  /** The token request's `widget` object (e.g. `openfinance_feature` and `consent`). */
  widget: Record<string, unknown>
}

/** The scopes the widget needs to start (Belvo's multi-region example). */
export const WIDGET_SCOPES = ['read_institutions', 'write_links']

const base64url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

const uuid = (): string =>
  typeof globalThis.crypto?.randomUUID === 'function'
    ? globalThis.crypto.randomUUID()
    : requestId().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')

/**
 * The testing entry's backend: tokens live in memory (the "key" is the set of tokens this
 * emulator minted) and logins resolve from the same sandbox tables as the server.
 */
export class MemoryBackend implements WidgetBackend {
  private readonly tokens = new Map<string, MemoryToken>()

  /** A JWT-shaped access token (header.payload.signature) with `exp`, known to this backend. */
  mint(expiresInSeconds: number, { branding, scopes, widget }: MintOptions): string {
    const now = Math.floor(Date.now() / 1000)
    const exp = now + expiresInSeconds
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
    const payload = base64url(
      JSON.stringify({
        token_type: 'access',
        exp,
        iat: now,
        jti: requestId(),
        scopes,
        environment: 'sandbox',
        iss: 'belvo-emulator-memory',
      }),
    )
    const token = `${header}.${payload}.${base64url(requestId())}`
    this.tokens.set(token, {
      exp,
      branding,
      scopes,
      consent: consentFromWidget(widget),
      used: false,
    })
    return token
  }

  private valid(token: string): MemoryToken | undefined {
    const entry = this.tokens.get(token)
    if (!entry || entry.used || entry.exp * 1000 <= Date.now()) return undefined
    return entry
  }

  async startSession(token: string) {
    const entry = this.valid(token)
    // Without read_institutions and write_links the widget does not start (seeds 001, 003).
    if (!entry || !WIDGET_SCOPES.every((scope) => entry.scopes.includes(scope))) {
      return {
        ok: false as const,
        code: 'ACCESS_TOKEN_NOT_VALID' as const,
        message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
        request_id: requestId(),
      }
    }
    return { ok: true as const, session: { branding: entry.branding, consent: entry.consent } }
  }

  async createLink(token: string, request: Parameters<WidgetBackend['createLink']>[1]) {
    const entry = this.valid(token)
    if (!entry) {
      return {
        status: 'error' as const,
        code: 'ACCESS_TOKEN_NOT_VALID',
        message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
        request_id: requestId(),
      }
    }
    const result = resolveLogin(request)
    if (result.status === 'mfa_required')
      return { status: 'mfa_required' as const, request_id: requestId() }
    if (result.status === 'error') {
      return {
        status: 'error' as const,
        code: result.code,
        message: result.message,
        request_id: requestId(),
      }
    }
    entry.used = true
    return { status: 'success' as const, link: uuid(), institution: request.institution }
  }
}

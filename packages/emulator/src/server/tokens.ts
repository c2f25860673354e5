import { randomBytes, randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { jwtVerify, SignJWT } from 'jose'
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import { belvoError, sendErrors } from './http.ts'
import type { TokenGrant } from './token-request.ts'

export interface IssuedToken {
  jti: string
  grant: TokenGrant
  /** Set once a link was created with this token: it no longer opens the widget. */
  linkId?: string | undefined
}

export type TokenCheck =
  | { ok: true; token: IssuedToken }
  | { ok: false; reason: 'malformed' | 'expired' | 'unknown' | 'used' | 'scopes' }

const ORGANIZATION_ID = '6e9be884-4781-4143-b673-aca02475ee8c'

/**
 * Signs and checks widget tokens. The key is random per emulator run, so a token from
 * another run (or from Belvo) is never accepted.
 */
export class TokenStore {
  private readonly key = randomBytes(32)
  private readonly issued = new Map<string, IssuedToken>()

  constructor(
    private readonly origin: () => string,
    private readonly accessTtlSeconds: number,
  ) {}

  async issue(grant: TokenGrant): Promise<{ access: string; refresh: string }> {
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      user_id: ORGANIZATION_ID,
      organization_name: 'Belvo emulator',
      organization_id: ORGANIZATION_ID,
      scopes: grant.scopes,
      environment: 'sandbox',
      api_url: new URL(this.origin()).host,
      credentials_storage: grant.credentials_storage,
      stale_in: grant.stale_in,
      fetch_resources: grant.fetch_resources,
    }
    const sign = (type: 'access' | 'refresh', jti: string, exp: number) =>
      new SignJWT({ token_type: type, ...claims })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .setJti(jti)
        .setIssuer(this.origin())
        .sign(this.key)
    const jti = randomUUID().replaceAll('-', '')
    this.issued.set(jti, { jti, grant })
    return {
      access: await sign('access', jti, now + this.accessTtlSeconds),
      refresh: await sign('refresh', randomUUID().replaceAll('-', ''), now + 24 * 3600),
    }
  }

  /**
   * Checks an access token for the widget. With `allowSpent`, any token this run issued still
   * resolves, whether it already created a link, expired or lacks the widget's scopes, so the
   * hosted page can deliver its deep links (among them the `error` one such a token leads to).
   */
  async check(token: unknown, { allowSpent = false } = {}): Promise<TokenCheck> {
    if (typeof token !== 'string' || token === '') return { ok: false, reason: 'malformed' }
    let payload: { jti?: string; token_type?: unknown; scopes?: unknown }
    try {
      payload = (
        await jwtVerify(token, this.key, {
          algorithms: ['HS256'],
          ...(allowSpent ? { currentDate: new Date(0) } : {}),
        })
      ).payload as typeof payload
    } catch (error) {
      return {
        ok: false,
        reason: (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'expired' : 'malformed',
      }
    }
    const issued = payload.jti ? this.issued.get(payload.jti) : undefined
    if (!issued || payload.token_type !== 'access') return { ok: false, reason: 'unknown' }
    if (issued.linkId && !allowSpent) return { ok: false, reason: 'used' }
    const scopes = issued.grant.scopes
    if (!allowSpent && (!scopes.includes('read_institutions') || !scopes.includes('write_links'))) {
      return { ok: false, reason: 'scopes' }
    }
    return { ok: true, token: issued }
  }
}

/** The widget's answer to a token it cannot use: Belvo's `ACCESS_TOKEN_NOT_VALID`, with why in the log. */
export function rejectWidgetToken(
  res: ServerResponse,
  check: TokenCheck & { ok: false },
  log: (line: string) => void,
): void {
  log(`  access token rejected: ${check.reason}`)
  sendErrors(res, 401, belvoError('ACCESS_TOKEN_NOT_VALID', BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID))
}

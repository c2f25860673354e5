import { BelvoWidgetError } from './errors.ts'

/** What a token function may return: the access token, or Belvo's `{ access, refresh }` reply. */
export type BelvoTokenValue = string | { access: string }

/**
 * A widget access token, or a function that fetches one from your server (sync or async).
 * Prefer the function: it runs in parallel with the script load and is called again when the
 * token has expired.
 */
export type BelvoTokenSource = string | (() => BelvoTokenValue | Promise<BelvoTokenValue>)

/**
 * The `exp` of a JWT in milliseconds since the epoch, or `undefined` when the token is not a
 * JWT or carries no `exp` (such tokens are passed to Belvo unchecked).
 */
export function getTokenExpiry(token: string): number | undefined {
  try {
    const exp = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))).exp
    return exp > 0 ? exp * 1e3 : undefined
  } catch {}
}

/**
 * True when a JWT's `exp` has passed or is under 5 s away (Belvo checks the token when the widget
 * starts; the margin covers clock skew). A token without `exp` counts as unexpired.
 */
export const isTokenExpired = (token: string): boolean =>
  (getTokenExpiry(token) ?? Infinity) < Date.now() + 5e3

/**
 * Resolves a token source to an unexpired access token. A function is called again once if
 * its token has already expired; an expired string is an error (fetch a new one per open).
 */
export async function resolveToken(source: BelvoTokenSource | undefined): Promise<string> {
  const fetchToken = async () => {
    try {
      const value = typeof source === 'function' ? await source() : source
      return typeof value === 'object' ? value?.access : value
    } catch (cause) {
      throw new BelvoWidgetError('token_failed', `token function failed: ${cause}`, { cause })
    }
  }
  let token = await fetchToken()
  if (typeof source === 'function' && typeof token === 'string' && isTokenExpired(token)) {
    token = await fetchToken()
  }
  if (!token || typeof token !== 'string') {
    throw new BelvoWidgetError(
      source ? 'token_failed' : 'invalid_config',
      source
        ? 'token function returned no token: return the access string or { access }'
        : 'no token: pass the access token or a function that fetches it',
    )
  }
  if (isTokenExpired(token)) {
    throw new BelvoWidgetError(
      'token_expired',
      'token expired (they live 10 minutes): fetch a new one per open',
    )
  }
  return token
}

import { BelvoWidgetError } from './errors.ts'

/**
 * What a token function may return: the access token, Belvo's `{ access, refresh }` reply, or the
 * `fetch` `Response` of your token route (read as JSON when ok; its error message when not).
 */
export type BelvoTokenValue = string | { access: string } | Response

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

// biome-ignore lint/suspicious/noExplicitAny: the fields of whatever a token function produced
type Loose = any

// A sentence from what a token source failed with: an `Error`, a string, Belvo's error list
// `[{ code, message }]`, a `{ error: { code, message } }` body (@belvo-widget/server's), or a
// `{ code, message }`.
const describe = (reason: Loose): string =>
  Array.isArray(reason)
    ? reason.map(describe).join('; ')
    : reason?.error
      ? describe(reason.error)
      : reason?.message
        ? (reason.code ? `${reason.code}: ` : '') + reason.message
        : typeof reason === 'object'
          ? JSON.stringify(reason)
          : `${reason}`

/**
 * Resolves a token source to an access token. A function is called again once if its token has
 * already expired (and the second one is used as it is: a device clock that is wrong would
 * otherwise refuse every token); an expired string is an error (fetch a new one per open).
 * What the function rejects with, or a failed `Response` or error body it resolves to, becomes a
 * `token_failed` error whose message says what went wrong and whose `cause` is the original.
 */
export async function resolveToken(source: BelvoTokenSource | undefined): Promise<string> {
  const fetchToken = async () => {
    let value: Loose
    let response: Loose
    try {
      value = await (typeof source === 'function' ? source() : source)
      // A fetch Response: the route's JSON when ok, its own error message when not.
      if (value?.json) {
        response = value
        value = await response.text()
        try {
          value = JSON.parse(value)
        } catch {}
        if (!response.ok) throw value
      }
      // An error body or list resolved instead of thrown, e.g. by `.then((r) => r.json())`.
      // A route's ok JSON without `access` is named by its keys, never its values: a token under
      // another name would otherwise reach the app's error logs.
      if (
        typeof value?.access !== 'string' &&
        (response ? typeof value !== 'string' : value?.error || value?.message || value?.pop)
      ) {
        throw response
          ? // @ts-ignore: `process` is typed only where @types/node is
            process.env.NODE_ENV !== 'production'
            ? `answer { access } or the token as text, not {${Object.keys(Object(value))}}`
            : ''
          : value
      }
    } catch (error) {
      throw new BelvoWidgetError(
        'token_failed',
        // @ts-ignore: `process` is typed only where @types/node is
        `${process.env.NODE_ENV !== 'production' ? 'token function failed: ' : ''}${response ? `${response.url} answered ${response.status}: ` : ''}${describe(error)}`,
        { cause: response ?? error },
      )
    }
    return typeof value === 'object' ? value.access : value
  }
  let token = await fetchToken()
  if (typeof source === 'function' && typeof token === 'string' && isTokenExpired(token)) {
    token = await fetchToken()
  }
  if (!token || typeof token !== 'string') {
    throw new BelvoWidgetError(
      source ? 'token_failed' : 'invalid_config',
      // @ts-ignore: `process` is typed only where @types/node is
      process.env.NODE_ENV === 'production'
        ? ''
        : source
          ? 'token function returned no token: return the access string, { access } or the fetch Response'
          : 'no token: pass the access token or a function that fetches it',
    )
  }
  // A function's token that still looks expired when fetched again is Belvo's to judge: the
  // device's clock may be wrong (ahead by more than the token's 10 minutes).
  if (typeof source !== 'function' && isTokenExpired(token)) {
    throw new BelvoWidgetError(
      'token_expired',
      // @ts-ignore: `process` is typed only where @types/node is
      process.env.NODE_ENV !== 'production'
        ? 'token expired (they live 10 minutes): fetch a new one per open'
        : '',
    )
  }
  return token
}

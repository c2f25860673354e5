// A small RFC 3986 reader for the addresses the hosted widget deals in (https pages and
// `scheme://host/path?query` deep links). It relies on no global `URL` or `URLSearchParams`:
// React Native replaces `URL` with a class that reads a host and path only from http(s)
// addresses, and other runtimes have none.

/** An address split into its parts; scheme and host lower-cased. */
export interface UrlParts {
  scheme: string
  /** `undefined` when there is no `//` authority (`mailto:x`). */
  host: string | undefined
  path: string
  query: Array<[string, string]>
  hash: string
}

// scheme : // authority path ? query # fragment. The scheme also takes `_` here, which
// RFC 3986 does not allow but Belvo's OFDA example uses: reading it is harmless, and
// `checkCallbackUrls` is where it is refused.
const PARTS = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i

const decode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** Reads `text` as an absolute address, or `undefined` when it is not one. */
export function parseUrl(text: string): UrlParts | undefined {
  const m = PARTS.exec(String(text).trim())
  if (!m) return
  const scheme = m[1]!.toLowerCase()
  const host = m[2]?.replace(/^[^@]*@/, '').toLowerCase()
  if (/^https?$/.test(scheme) && !host) return
  const query: Array<[string, string]> = []
  for (const pair of (m[4] ?? '').split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    query.push(
      at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))],
    )
  }
  return { scheme, host, path: m[3]!, query, hash: m[5] ?? '' }
}

/** `scheme://host` (or `scheme:` with no authority). */
export const originOf = (url: UrlParts) =>
  url.host === undefined ? `${url.scheme}:` : `${url.scheme}://${url.host}`

// A path in one spelling (RFC 3986 6.2.2): characters a URI may not hold as they are (`é`, a
// space) percent-encoded as UTF-8, as webviews send them; unreserved characters written as
// `%7E` decoded; other escapes upper-cased. `%2F` stays an escape, never a `/`.
const normalPath = (path: string) =>
  path
    .replace(/[^!-~]+/g, (run) => {
      try {
        return encodeURI(run)
      } catch {
        return run
      }
    })
    .replace(/%[\da-f]{2}/gi, (triplet) => {
      const char = String.fromCharCode(Number.parseInt(triplet.slice(1), 16))
      return /[\w.~-]/.test(char) ? char : triplet.toUpperCase()
    })

/**
 * Scheme, host and path, without query, hash or trailing slash: what a redirect is sent to. The
 * path is normalised, so `/café`, `/caf%C3%A9` and `/caf%c3%a9` are the same target.
 */
export const targetOf = (url: UrlParts) =>
  `${originOf(url)}${normalPath(url.path)}`.replace(/\/+$/, '')

/** Percent-encodes a query, spaces as %20 (Belvo's deep links and docs do). */
export const formatQuery = (pairs: Array<[string, string]>) =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')

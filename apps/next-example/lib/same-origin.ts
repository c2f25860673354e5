/**
 * Whether a browser sent the request from another site. Browsers send `Sec-Fetch-Site`; older
 * ones send at least `Origin` on a POST. Non-browser clients send neither and cannot ride on a
 * visitor's cookies, so they pass.
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site !== 'same-origin'
  const origin = request.headers.get('origin')
  return origin !== null && new URL(origin).host !== request.headers.get('host')
}

/**
 * A token function for `token-url`: POSTs to `url` (relative to the page, with its cookies) and
 * returns the `access` of the JSON reply. A failed reply throws with the status and the server's
 * own message, which the element reports as a `token_failed` error.
 */
export const fetchTokenFrom = (url: string) => async (): Promise<string> => {
  const response = await fetch(url, { method: 'POST' })
  const body = await response.json().catch(() => ({}))
  const access: unknown = body?.access
  if (!response.ok || typeof access !== 'string') {
    const message = body?.error?.message ?? body?.message
    throw new Error(
      `POST ${url} answered ${response.status}${message ? `: ${message}` : response.ok ? ' without "access"' : ''}`,
    )
  }
  return access
}

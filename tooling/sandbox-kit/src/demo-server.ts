/** The fields of Belvo's account object the sandboxes show. */
export interface Account {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null; available: number | null }
}

/** What a sandbox asks "your server" (tooling/demo-server) for. */
export interface DemoServerClient {
  /**
   * Asks for a widget token; the server holds Belvo's secret keys. The `Response` goes to core as
   * it is: core reads `{ access }`, or, when the route fails, the route's own message.
   */
  fetchWidgetToken(): Promise<Response>
  /** The server reads the link's accounts from Belvo's data API. */
  fetchAccounts(link: string, signal?: AbortSignal): Promise<Account[]>
}

/**
 * The demo server's two routes, for a sandbox at `baseUrl` (its `VITE_DEMO_SERVER_URL`).
 *
 * @example
 * export const { fetchWidgetToken, fetchAccounts } = demoServerClient(DEMO_SERVER_URL)
 */
export function demoServerClient(baseUrl: string): DemoServerClient {
  const url = (path: string) => new URL(path, baseUrl)
  return {
    fetchWidgetToken: () =>
      fetch(url('/api/widget-token'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    async fetchAccounts(link, signal) {
      const path = `/api/links/${encodeURIComponent(link)}/accounts`
      const response = await fetch(url(path), signal && { signal })
      // The demo server answers errors as { error: { code, message } }.
      const body = await response.json().catch(() => undefined)
      if (!response.ok) throw new Error(body?.error?.message ?? `${path}: HTTP ${response.status}`)
      return (body as { accounts: Account[] }).accounts
    },
  }
}
